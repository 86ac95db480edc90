package argoproj_argoprojio


// FieldRef is a reference to the fields in metadata which we are referencing.
//
// This field is one of the fields with
// valueFrom.
type AnalysisTemplateSpecArgsValueFromFieldRef struct {
	// Required: Path of the field to select in the specified API version.
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

