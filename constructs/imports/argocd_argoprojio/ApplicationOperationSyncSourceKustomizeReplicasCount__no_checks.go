//go:build no_runtime_type_checking

package argocd_argoprojio

// Building without runtime type checking enabled, so all the below just return nil

func validateApplicationOperationSyncSourceKustomizeReplicasCount_FromNumberParameters(value *float64) error {
	return nil
}

func validateApplicationOperationSyncSourceKustomizeReplicasCount_FromStringParameters(value *string) error {
	return nil
}

