import type { IacRule } from '../rule.js';
import { rule as kubernetes_privilegedContainer } from './kubernetes/privileged-container.js';
import { rule as kubernetes_privilegeEscalation } from './kubernetes/privilege-escalation.js';
import { rule as kubernetes_runAsNonRoot } from './kubernetes/run-as-non-root.js';
import { rule as kubernetes_rootUid } from './kubernetes/root-uid.js';
import { rule as kubernetes_hostNetwork } from './kubernetes/host-network.js';
import { rule as kubernetes_hostPid } from './kubernetes/host-pid.js';
import { rule as kubernetes_hostIpc } from './kubernetes/host-ipc.js';
import { rule as kubernetes_hostPathVolume } from './kubernetes/host-path-volume.js';
import { rule as kubernetes_addedCapabilities } from './kubernetes/added-capabilities.js';
import { rule as kubernetes_dropAllCapabilities } from './kubernetes/drop-all-capabilities.js';
import { rule as kubernetes_readOnlyRootFilesystem } from './kubernetes/read-only-root-filesystem.js';
import { rule as kubernetes_seccompProfile } from './kubernetes/seccomp-profile.js';
import { rule as kubernetes_cpuLimit } from './kubernetes/cpu-limit.js';
import { rule as kubernetes_memoryLimit } from './kubernetes/memory-limit.js';
import { rule as kubernetes_cpuRequest } from './kubernetes/cpu-request.js';
import { rule as kubernetes_memoryRequest } from './kubernetes/memory-request.js';
import { rule as kubernetes_livenessProbe } from './kubernetes/liveness-probe.js';
import { rule as kubernetes_readinessProbe } from './kubernetes/readiness-probe.js';
import { rule as kubernetes_imageLatestTag } from './kubernetes/image-latest-tag.js';
import { rule as kubernetes_imageDigest } from './kubernetes/image-digest.js';
import { rule as kubernetes_envLiteralSecret } from './kubernetes/env-literal-secret.js';
import { rule as kubernetes_automountServiceAccountToken } from './kubernetes/automount-service-account-token.js';
import { rule as kubernetes_defaultNamespace } from './kubernetes/default-namespace.js';
import { rule as kubernetes_networkPolicyMissing } from './kubernetes/network-policy-missing.js';
import { rule as kubernetes_rbacWildcard } from './kubernetes/rbac-wildcard.js';
import { rule as kubernetes_clusterAdminBinding } from './kubernetes/cluster-admin-binding.js';
import { rule as kubernetes_serviceNodeport } from './kubernetes/service-nodeport.js';
import { rule as kubernetes_serviceLoadbalancer } from './kubernetes/service-loadbalancer.js';
import { rule as dockerfile_missingUser } from './dockerfile/missing-user.js';
import { rule as dockerfile_userRoot } from './dockerfile/user-root.js';
import { rule as dockerfile_latestBaseImage } from './dockerfile/latest-base-image.js';
import { rule as dockerfile_addFromUrl } from './dockerfile/add-from-url.js';
import { rule as dockerfile_curlPipeShell } from './dockerfile/curl-pipe-shell.js';
import { rule as dockerfile_secretInEnv } from './dockerfile/secret-in-env.js';
import { rule as dockerfile_copyAllContext } from './dockerfile/copy-all-context.js';
import { rule as dockerfile_sudo } from './dockerfile/sudo.js';
import { rule as dockerfile_exposeSsh } from './dockerfile/expose-ssh.js';
import { rule as compose_privileged } from './compose/privileged.js';
import { rule as compose_hostNetwork } from './compose/host-network.js';
import { rule as compose_dockerSocket } from './compose/docker-socket.js';
import { rule as compose_literalSecret } from './compose/literal-secret.js';
import { rule as compose_hostPidIpc } from './compose/host-pid-ipc.js';
import { rule as githubActions_scriptInjection } from './github-actions/script-injection.js';
import { rule as githubActions_unpinnedAction } from './github-actions/unpinned-action.js';
import { rule as githubActions_writeAllPermissions } from './github-actions/write-all-permissions.js';
import { rule as githubActions_pullRequestTargetCheckout } from './github-actions/pull-request-target-checkout.js';
import { rule as githubActions_secretEchoed } from './github-actions/secret-echoed.js';
import { rule as githubActions_selfHostedPublicPr } from './github-actions/self-hosted-public-pr.js';
import { rule as aws_s3PublicAcl } from './aws/s3-public-acl.js';
import { rule as aws_s3BlockPublicAccess } from './aws/s3-block-public-access.js';
import { rule as aws_s3Encryption } from './aws/s3-encryption.js';
import { rule as aws_s3Versioning } from './aws/s3-versioning.js';
import { rule as aws_s3Logging } from './aws/s3-logging.js';
import { rule as aws_iamWildcardAction } from './aws/iam-wildcard-action.js';
import { rule as aws_iamWildcardResource } from './aws/iam-wildcard-resource.js';
import { rule as aws_iamPassroleWildcard } from './aws/iam-passrole-wildcard.js';
import { rule as aws_iamAdminAttachment } from './aws/iam-admin-attachment.js';
import { rule as aws_s3PublicPolicy } from './aws/s3-public-policy.js';
import { rule as aws_sgOpenSsh } from './aws/sg-open-ssh.js';
import { rule as aws_sgOpenRdp } from './aws/sg-open-rdp.js';
import { rule as aws_sgOpenAllPorts } from './aws/sg-open-all-ports.js';
import { rule as aws_rdsPublic } from './aws/rds-public.js';
import { rule as aws_rdsUnencrypted } from './aws/rds-unencrypted.js';
import { rule as aws_rdsNoBackup } from './aws/rds-no-backup.js';
import { rule as aws_ebsUnencrypted } from './aws/ebs-unencrypted.js';
import { rule as aws_efsUnencrypted } from './aws/efs-unencrypted.js';
import { rule as aws_kmsRotation } from './aws/kms-rotation.js';
import { rule as aws_cloudtrailMultiRegion } from './aws/cloudtrail-multi-region.js';
import { rule as aws_cloudtrailLogValidation } from './aws/cloudtrail-log-validation.js';
import { rule as aws_cloudtrailLoggingOff } from './aws/cloudtrail-logging-off.js';
import { rule as aws_lambdaEnvSecret } from './aws/lambda-env-secret.js';
import { rule as aws_providerCredentials } from './aws/provider-credentials.js';
import { rule as aws_httpListener } from './aws/http-listener.js';
import { rule as aws_ecrMutableTags } from './aws/ecr-mutable-tags.js';
import { rule as aws_ecrScanOnPush } from './aws/ecr-scan-on-push.js';
import { rule as aws_eksPublicEndpoint } from './aws/eks-public-endpoint.js';
import { rule as aws_dynamodbPitr } from './aws/dynamodb-pitr.js';
import { rule as aws_sqsUnencrypted } from './aws/sqs-unencrypted.js';
import { rule as aws_snsUnencrypted } from './aws/sns-unencrypted.js';
import { rule as kubernetes_hostPort } from './kubernetes/host-port.js';
import { rule as kubernetes_procMount } from './kubernetes/proc-mount.js';
import { rule as kubernetes_unsafeSysctls } from './kubernetes/unsafe-sysctls.js';
import { rule as kubernetes_apparmorUnconfined } from './kubernetes/apparmor-unconfined.js';
import { rule as kubernetes_selinuxCustomOptions } from './kubernetes/selinux-custom-options.js';
import { rule as kubernetes_rootGroup } from './kubernetes/root-group.js';
import { rule as kubernetes_windowsHostProcess } from './kubernetes/windows-host-process.js';
import { rule as kubernetes_dockerSocketMount } from './kubernetes/docker-socket-mount.js';
import { rule as kubernetes_rbacReadSecrets } from './kubernetes/rbac-read-secrets.js';
import { rule as kubernetes_rbacExec } from './kubernetes/rbac-exec.js';
import { rule as kubernetes_rbacImpersonate } from './kubernetes/rbac-impersonate.js';
import { rule as kubernetes_rbacEscalateBind } from './kubernetes/rbac-escalate-bind.js';
import { rule as kubernetes_rbacCreatePods } from './kubernetes/rbac-create-pods.js';
import { rule as kubernetes_rbacPortForward } from './kubernetes/rbac-port-forward.js';
import { rule as kubernetes_rbacAttach } from './kubernetes/rbac-attach.js';
import { rule as compose_capAdd } from './compose/cap-add.js';
import { rule as compose_securityOptUnconfined } from './compose/security-opt-unconfined.js';
import { rule as compose_sensitiveHostMount } from './compose/sensitive-host-mount.js';
import { rule as compose_usernsHost } from './compose/userns-host.js';
import { rule as githubActions_unsecureCommands } from './github-actions/unsecure-commands.js';
import { rule as aws_elasticacheAtRest } from './aws/elasticache-at-rest.js';
import { rule as aws_elasticacheInTransit } from './aws/elasticache-in-transit.js';
import { rule as aws_redshiftUnencrypted } from './aws/redshift-unencrypted.js';
import { rule as aws_redshiftPublic } from './aws/redshift-public.js';
import { rule as aws_searchAtRest } from './aws/search-at-rest.js';
import { rule as aws_searchNodeToNode } from './aws/search-node-to-node.js';
import { rule as aws_searchHttps } from './aws/search-https.js';
import { rule as aws_logGroupKms } from './aws/log-group-kms.js';
import { rule as aws_logGroupRetention } from './aws/log-group-retention.js';
import { rule as aws_docdbUnencrypted } from './aws/docdb-unencrypted.js';
import { rule as aws_neptuneUnencrypted } from './aws/neptune-unencrypted.js';
import { rule as aws_kinesisUnencrypted } from './aws/kinesis-unencrypted.js';
import { rule as aws_cloudfrontAllowsHttp } from './aws/cloudfront-allows-http.js';
import { rule as aws_ec2Imdsv1 } from './aws/ec2-imdsv1.js';
import { rule as dockerfile_insecureDownload } from './dockerfile/insecure-download.js';
import { rule as dockerfile_chmodWorldWritable } from './dockerfile/chmod-world-writable.js';
import { rule as githubActions_secretsToUnpinnedAction } from './github-actions/secrets-to-unpinned-action.js';
import { rule as kubernetes_tillerDeployed } from './kubernetes/tiller-deployed.js';
import { rule as kubernetes_ingressWithoutTls } from './kubernetes/ingress-without-tls.js';
import { rule as kubernetes_bindDefaultServiceAccount } from './kubernetes/bind-default-service-account.js';
import { rule as kubernetes_configmapSecret } from './kubernetes/configmap-secret.js';

/** Every IaC rule, explicitly. */
export const iacRules: readonly IacRule[] = [
  kubernetes_privilegedContainer,
  kubernetes_privilegeEscalation,
  kubernetes_runAsNonRoot,
  kubernetes_rootUid,
  kubernetes_hostNetwork,
  kubernetes_hostPid,
  kubernetes_hostIpc,
  kubernetes_hostPathVolume,
  kubernetes_addedCapabilities,
  kubernetes_dropAllCapabilities,
  kubernetes_readOnlyRootFilesystem,
  kubernetes_seccompProfile,
  kubernetes_cpuLimit,
  kubernetes_memoryLimit,
  kubernetes_cpuRequest,
  kubernetes_memoryRequest,
  kubernetes_livenessProbe,
  kubernetes_readinessProbe,
  kubernetes_imageLatestTag,
  kubernetes_imageDigest,
  kubernetes_envLiteralSecret,
  kubernetes_automountServiceAccountToken,
  kubernetes_defaultNamespace,
  kubernetes_networkPolicyMissing,
  kubernetes_rbacWildcard,
  kubernetes_clusterAdminBinding,
  kubernetes_serviceNodeport,
  kubernetes_serviceLoadbalancer,
  dockerfile_missingUser,
  dockerfile_userRoot,
  dockerfile_latestBaseImage,
  dockerfile_addFromUrl,
  dockerfile_curlPipeShell,
  dockerfile_secretInEnv,
  dockerfile_copyAllContext,
  dockerfile_sudo,
  dockerfile_exposeSsh,
  compose_privileged,
  compose_hostNetwork,
  compose_dockerSocket,
  compose_literalSecret,
  compose_hostPidIpc,
  githubActions_scriptInjection,
  githubActions_unpinnedAction,
  githubActions_writeAllPermissions,
  githubActions_pullRequestTargetCheckout,
  githubActions_secretEchoed,
  githubActions_selfHostedPublicPr,
  aws_s3PublicAcl,
  aws_s3BlockPublicAccess,
  aws_s3Encryption,
  aws_s3Versioning,
  aws_s3Logging,
  aws_iamWildcardAction,
  aws_iamWildcardResource,
  aws_iamPassroleWildcard,
  aws_iamAdminAttachment,
  aws_s3PublicPolicy,
  aws_sgOpenSsh,
  aws_sgOpenRdp,
  aws_sgOpenAllPorts,
  aws_rdsPublic,
  aws_rdsUnencrypted,
  aws_rdsNoBackup,
  aws_ebsUnencrypted,
  aws_efsUnencrypted,
  aws_kmsRotation,
  aws_cloudtrailMultiRegion,
  aws_cloudtrailLogValidation,
  aws_cloudtrailLoggingOff,
  aws_lambdaEnvSecret,
  aws_providerCredentials,
  aws_httpListener,
  aws_ecrMutableTags,
  aws_ecrScanOnPush,
  aws_eksPublicEndpoint,
  aws_dynamodbPitr,
  aws_sqsUnencrypted,
  aws_snsUnencrypted,
  kubernetes_hostPort,
  kubernetes_procMount,
  kubernetes_unsafeSysctls,
  kubernetes_apparmorUnconfined,
  kubernetes_selinuxCustomOptions,
  kubernetes_rootGroup,
  kubernetes_windowsHostProcess,
  kubernetes_dockerSocketMount,
  kubernetes_rbacReadSecrets,
  kubernetes_rbacExec,
  kubernetes_rbacImpersonate,
  kubernetes_rbacEscalateBind,
  kubernetes_rbacCreatePods,
  kubernetes_rbacPortForward,
  kubernetes_rbacAttach,
  compose_capAdd,
  compose_securityOptUnconfined,
  compose_sensitiveHostMount,
  compose_usernsHost,
  githubActions_unsecureCommands,
  aws_elasticacheAtRest,
  aws_elasticacheInTransit,
  aws_redshiftUnencrypted,
  aws_redshiftPublic,
  aws_searchAtRest,
  aws_searchNodeToNode,
  aws_searchHttps,
  aws_logGroupKms,
  aws_logGroupRetention,
  aws_docdbUnencrypted,
  aws_neptuneUnencrypted,
  aws_kinesisUnencrypted,
  aws_cloudfrontAllowsHttp,
  aws_ec2Imdsv1,
  dockerfile_insecureDownload,
  dockerfile_chmodWorldWritable,
  githubActions_secretsToUnpinnedAction,
  kubernetes_tillerDeployed,
  kubernetes_ingressWithoutTls,
  kubernetes_bindDefaultServiceAccount,
  kubernetes_configmapSecret,
];
