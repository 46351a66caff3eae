// Validates a Teams app folder offline against the schemas bundled with @microsoft/app-manifest:
// manifest.json against its $schema, and each localization file against the localization schema of that version.
// Usage: node Tests/tools/validate-manifest.mjs FOLDER   (prints "manifest: valid" and exits 0 when all are valid)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const dir = process.argv[2];
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const problems = (await AppManifestUtils.validateAgainstSchema(manifest)).map(e => `manifest.json: ${e}`);

// AppManifestUtils cannot compile the localization schema: ajv's default Unicode regex mode rejects its patterns
// ("\b(...)\b]"). The same bundled schema, compiled with plain regular expressions, checks the files.
const schemas = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
const localization = JSON.parse(readFileSync(join(schemas, `v${manifest.manifestVersion}`, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv, ['uri', 'email', 'regex']);
const validateLocalization = ajv.compile(localization);
for (const language of manifest.localizationInfo?.additionalLanguages ?? []) {
  const file = JSON.parse(readFileSync(join(dir, language.file), 'utf8'));
  if (!validateLocalization(file))
    problems.push(...validateLocalization.errors.map(e => `${language.file}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`));
}
if (problems.length) { for (const p of problems) console.log(p); process.exit(1); }
console.log(`manifest: valid (v${manifest.manifestVersion}, ${1 + (manifest.localizationInfo?.additionalLanguages?.length ?? 0)} languages)`);
