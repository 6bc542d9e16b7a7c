// Checks Kubernetes manifests against the Kubernetes API schema (the OpenAPI schema that the
// kubernetes-models package ships, Kubernetes 1.34), as `kubectl apply --dry-run=server` would
// before an object is stored, without a cluster:
//   node jobs/check/validate-kubernetes.mjs FILE.yaml...
// (after `npm ci --prefix jobs/check`). Every document of every file must be a known
// apiVersion/kind that validates: types, enumerations and required fields. The package's schemas
// let fields they do not know pass, where `kubectl apply` (strict field validation) refuses them:
// JobDefinitionsTest checks the fields the nightly job relies on by name.
// Exit 0 when all are valid, 1 otherwise, with one line per error.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
import * as models from "kubernetes-models";

function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  // the package names groups in camel case: "batch", "apps", "rbac.authorization.k8s.io" -> rbacAuthorizationK8sIo
  const key = group === "" ? version : group.replace(/\.(\w)/g, (_, c) => c.toUpperCase());
  const ns = group === "" ? models[version] : models[key]?.[version];
  return ns?.[kind];
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const docs = parseAllDocuments(readFileSync(file, "utf8"));
  docs.forEach((doc, i) => {
    const where = `${file} document ${i + 1}`;
    if (doc.errors.length > 0) {
      doc.errors.forEach((e) => console.log(`${where}: YAML: ${e.message}`));
      failed = true;
      return;
    }
    const obj = doc.toJS();
    if (obj == null) return;
    const Model = modelFor(obj.apiVersion ?? "", obj.kind ?? "");
    if (!Model) {
      console.log(`${where}: unknown apiVersion/kind ${obj.apiVersion}/${obj.kind}`);
      failed = true;
      return;
    }
    try {
      new Model(obj).validate();
      console.log(`${where}: ${obj.kind} ${obj.metadata?.name ?? ""} valid`);
    } catch (e) {
      console.log(`${where}: ${obj.kind} ${obj.metadata?.name ?? ""}: ${e.message}`);
      failed = true;
    }
  });
}
process.exit(failed ? 1 : 0);
