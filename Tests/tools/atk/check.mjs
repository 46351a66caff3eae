// Checks the Microsoft 365 Agents Toolkit project files offline, as far as the toolkit itself allows:
//   node Tests/tools/atk/check.mjs <repo root>
// For m365agents.yml and m365agents.local.yml: valid against the YAML schema of the version they declare (the schema
// the installed CLI ships), every file they name exists, every ${{VARIABLE}} they (or the Bicep parameters file they
// pass) use is defined: in their env file, written by an earlier step, a Bicep output, or one atk provides itself.
// Prints one JSON object: { checked: [...], problems: [...] }.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import Ajv from "ajv";
import YAML from "yaml";

const root = path.resolve(process.argv[2] ?? ".");
const require = createRequire(import.meta.url);
const cli = path.dirname(require.resolve("@microsoft/m365agentstoolkit-cli/package.json"));
const problems = [];
const checked = [];
const builtIn = new Set(["AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME", "TEAMSFX_ENV", "APP_NAME_SUFFIX"]);

// Bicep outputs become environment variables after arm/deploy (their names, upper-cased).
const bicepOutputs = (file) =>
  [...fs.readFileSync(file, "utf8").matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1].toUpperCase());
const bicepParams = (file) => new Set([...fs.readFileSync(file, "utf8").matchAll(/^param\s+(\w+)\s/gm)].map((m) => m[1]));
const envFile = (file) => fs.existsSync(file)
  ? new Set(fs.readFileSync(file, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((l) => l.split("=")[0]))
  : null;
const variables = (text) => [...text.matchAll(/\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1]);

for (const [file, env] of [["m365agents.yml", "dev"], ["m365agents.local.yml", "local"]]) {
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const project = YAML.parse(text);
  const schemaFile = path.join(cli, "resource", "yaml-schema", project.version, "yaml.schema.json");
  if (!fs.existsSync(schemaFile)) { problems.push(`${file}: no schema for version ${project.version} in the CLI`); continue; }
  const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaFile, "utf8")));
  if (!validate(project)) for (const e of validate.errors) problems.push(`${file}: ${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);

  const envDir = path.join(root, project.environmentFolderPath ?? "./env");
  const defined = envFile(path.join(envDir, `.env.${env}`));
  if (!defined) { problems.push(`${file}: env/.env.${env} is missing`); continue; }
  const known = new Set([...builtIn, ...defined]);
  for (const stage of ["provision", "deploy", "publish"]) {
    for (const [i, step] of (project[stage] ?? []).entries()) {
      const where = `${file}: ${stage}[${i}] ${step.uses}`;
      const used = variables(JSON.stringify(step.with ?? {}));
      const named = [];
      for (const t of step.with?.templates ?? []) {
        named.push(t.path, t.parameters);
        const bicep = path.join(root, t.path);
        if (fs.existsSync(bicep)) bicepOutputs(bicep).forEach((o) => known.add(o));
        const params = path.join(root, t.parameters);
        if (fs.existsSync(params) && fs.existsSync(bicep)) {
          const paramText = fs.readFileSync(params, "utf8");
          used.push(...variables(paramText));
          const declared = bicepParams(bicep);
          for (const name of Object.keys(JSON.parse(paramText).parameters ?? {}))
            if (!declared.has(name)) problems.push(`${where}: ${t.parameters} sets '${name}', which ${t.path} does not declare`);
        }
      }
      if (step.with?.artifactFolder) checked.push(`${where}: artifact folder ${step.with.artifactFolder} (made by the step before)`);
      if (step.with?.appPackagePath) checked.push(`${where}: package ${step.with.appPackagePath}`);
      for (const token of String(step.with?.args ?? "").split(/\s+/)) if (/\.(cs|)proj$/.test(token)) named.push(token);
      for (const p of named) {
        if (!fs.existsSync(path.join(root, p))) problems.push(`${where}: names ${p}, which does not exist`);
        else checked.push(`${where}: ${p}`);
      }
      for (const v of used) if (!known.has(v)) problems.push(`${where}: uses \${{${v}}}, defined nowhere before it`);
      for (const v of Object.values(step.writeToEnvironmentFile ?? {})) known.add(v);
    }
  }
}
console.log(JSON.stringify({ checked, problems }, null, 2));
