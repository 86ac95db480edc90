package externalsecrets_externalsecretsio


// Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.
type ExternalSecretSpecDataFromRewriteMerge struct {
	// Used to define the policy to use in conflict resolution.
	ConflictPolicy ExternalSecretSpecDataFromRewriteMergeConflictPolicy `field:"optional" json:"conflictPolicy" yaml:"conflictPolicy"`
	// Used to define the target key of the merge operation.
	//
	// Required if strategy is JSON. Ignored otherwise.
	Into *string `field:"optional" json:"into" yaml:"into"`
	// Used to define key priority in conflict resolution.
	Priority *[]*string `field:"optional" json:"priority" yaml:"priority"`
	// Used to define the policy when a key in the priority list does not exist in the input.
	PriorityPolicy ExternalSecretSpecDataFromRewriteMergePriorityPolicy `field:"optional" json:"priorityPolicy" yaml:"priorityPolicy"`
	// Used to define the strategy to use in the merge operation.
	Strategy ExternalSecretSpecDataFromRewriteMergeStrategy `field:"optional" json:"strategy" yaml:"strategy"`
}

