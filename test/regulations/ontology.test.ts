/** The Orbis SKOS schemes: typing, labels, definitions, hierarchy links that resolve, no cycles, no ambiguous labels. */
import assert from 'node:assert/strict';
import N3 from 'n3';
import { ORBIS } from './expected.js';
import { ORBIS_ONTOLOGIES, local, orbisTriples, shipped } from './helpers.js';

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const ODRL = 'http://www.w3.org/ns/odrl/2/';
const REGC = 'https://w3id.org/regc/ns#';
const o = (l: string) => ORBIS + l;

const SCHEMES: Record<(typeof ORBIS_ONTOLOGIES)[number], [string, string]> = {
  'orbis-roles': [o('roles'), REGC + 'RoleScheme'],
  'orbis-actions': [o('actions'), REGC + 'ActionScheme'],
  'orbis-assets': [o('assets'), REGC + 'AssetScheme'],
  'orbis-contexts': [o('contexts'), REGC + 'ContextScheme'],
};

const store = new N3.Store();
for (const name of ORBIS_ONTOLOGIES) store.addQuads(orbisTriples(name));
const objects = (s: string, p: string) => store.getObjects(s, p, null);
const conceptsOf = (scheme: string) => store.getSubjects(SKOS + 'inScheme', scheme, null).map((t) => t.value).sort();

/** `narrow` lies under `broad` through `property` (skos:broader, odrl:partOf, odrl:includedIn). */
const shouldBeUnder = (narrow: string, property: string, broad: string) =>
  it(`${local(narrow)} ${property.split(/[#/]/).pop()} ${local(broad)}`, () =>
    assert.ok(objects(narrow, property).some((t) => t.value === broad), `${narrow} → ${broad}`));

/** The text `label` names concept `iri` (preferred or alternative label). */
const shouldBeNamed = (iri: string, label: string) =>
  it(`"${label}" names ${local(iri)}`, () =>
    assert.ok([...objects(iri, SKOS + 'prefLabel'), ...objects(iri, SKOS + 'altLabel')].some((t) => t.value === label)));

describe('regulations: the Orbis ontologies', () => {
  describe('schemes', () => {
    for (const [file, [scheme, cls]] of Object.entries(SCHEMES)) {
      it(`${file} declares ${local(scheme)} a skos:ConceptScheme and ${cls.split('#')[1]}`, () => {
        const types = orbisTriples(file as keyof typeof SCHEMES).filter((q) => q.subject.value === scheme && q.predicate.value === RDF_TYPE).map((q) => q.object.value).sort();
        assert.deepEqual(types, [cls, SKOS + 'ConceptScheme'].sort());
      });
      it(`${file} holds only concepts of ${local(scheme)}`, () => {
        const triples = orbisTriples(file as keyof typeof SCHEMES);
        const subjects = new Set(triples.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SKOS + 'Concept').map((q) => q.subject.value));
        assert.ok(subjects.size > 10);
        for (const s of subjects) assert.deepEqual(objects(s, SKOS + 'inScheme').map((t) => t.value), [scheme], s);
      });
    }
  });

  describe('every concept', () => {
    const all = Object.values(SCHEMES).flatMap(([scheme]) => conceptsOf(scheme));
    it('is a named node with one English preferred label and a definition', () => {
      for (const c of all) {
        const pref = objects(c, SKOS + 'prefLabel');
        assert.equal(pref.length, 1, c);
        assert.equal((pref[0] as N3.Literal).language, 'en', c);
        assert.equal(objects(c, SKOS + 'definition').length, 1, c);
      }
    });
    it('points only to concepts that exist: Orbis concepts of its own scheme, or ODRL actions', async () => {
      const { ontology } = await shipped();
      const odrlActions = new Set(ontology.store.getSubjects(RDF_TYPE, ODRL + 'Action', null).map((t) => t.value).filter((v) => v.startsWith(ODRL)));
      for (const c of all) {
        const scheme = objects(c, SKOS + 'inScheme')[0]!.value;
        for (const p of [SKOS + 'broader', ODRL + 'partOf', ODRL + 'includedIn']) {
          for (const t of objects(c, p)) {
            if (t.value.startsWith(ORBIS)) assert.deepEqual(objects(t.value, SKOS + 'inScheme').map((x) => x.value), [scheme], `${c} → ${t.value}`);
            else assert.ok(odrlActions.has(t.value), `${c} → ${t.value}`);
          }
        }
      }
    });
    it('has a hierarchy without cycles', () => {
      const up = (c: string): string[] => [SKOS + 'broader', ODRL + 'partOf'].flatMap((p) => objects(c, p).map((t) => t.value)).filter((v) => v.startsWith(ORBIS));
      for (const c of all) {
        const seen = new Set<string>();
        const walk = (x: string): void => {
          for (const b of up(x)) {
            assert.notEqual(b, c, `cycle through ${c}`);
            if (!seen.has(b)) { seen.add(b); walk(b); }
          }
        };
        walk(c);
      }
    });
    it('shares no label with another concept of its scheme', () => {
      for (const [scheme] of Object.values(SCHEMES)) {
        const owner = new Map<string, string>();
        for (const c of conceptsOf(scheme)) {
          for (const l of [...objects(c, SKOS + 'prefLabel'), ...objects(c, SKOS + 'altLabel')].map((t) => t.value.toLowerCase())) {
            assert.ok(!owner.has(l) || owner.get(l) === c, `"${l}" names ${owner.get(l)} and ${c}`);
            owner.set(l, c);
          }
        }
      }
    });
    it('of the context scheme is an ODRL left operand', () => {
      for (const c of conceptsOf(o('contexts'))) assert.ok(objects(c, RDF_TYPE).some((t) => t.value === ODRL + 'LeftOperand'), c);
    });
    it('of the action scheme is an ODRL action', () => {
      for (const c of conceptsOf(o('actions'))) assert.ok(objects(c, RDF_TYPE).some((t) => t.value === ODRL + 'Action'), c);
    });
  });

  describe('loaded by the compiler', () => {
    it('loads with the other ontologies and yields every Orbis concept in its scheme', async () => {
      const { ontology } = await shipped();
      const kinds: Record<string, string> = { [o('roles')]: 'role', [o('actions')]: 'action', [o('assets')]: 'asset', [o('contexts')]: 'context' };
      for (const [scheme, kind] of Object.entries(kinds)) {
        const got = ontology.concepts.filter((c) => c.scheme === kind && c.iri.startsWith(ORBIS)).map((c) => c.iri).sort();
        assert.deepEqual(got, conceptsOf(scheme));
      }
    });
  });

  describe('role hierarchy', () => {
    shouldBeUnder(o('employee'), SKOS + 'broader', o('workforceMember'));
    shouldBeUnder(o('contractor'), SKOS + 'broader', o('workforceMember'));
    shouldBeUnder(o('manager'), SKOS + 'broader', o('employee'));
    shouldBeUnder(o('director'), SKOS + 'broader', o('manager'));
    shouldBeUnder(o('spokesperson'), SKOS + 'broader', o('employee'));
    shouldBeUnder(o('designatedInsider'), SKOS + 'broader', o('employee'));
    shouldBeUnder(o('ethicsOffice'), SKOS + 'broader', o('corporateFunction'));
    shouldBeUnder(o('supplier'), SKOS + 'broader', o('businessPartner'));
    shouldBeUnder(o('customer'), SKOS + 'broader', o('businessPartner'));
    shouldBeUnder(o('governmentOfficial'), SKOS + 'broader', o('thirdParty'));
    shouldBeUnder(o('journalist'), SKOS + 'broader', o('thirdParty'));
  });

  describe('action hierarchy', () => {
    shouldBeUnder(o('disclose'), ODRL + 'includedIn', ODRL + 'distribute');
    shouldBeUnder(o('share'), ODRL + 'includedIn', ODRL + 'distribute');
    shouldBeUnder(o('contribute'), ODRL + 'includedIn', ODRL + 'distribute');
    shouldBeUnder(o('use'), ODRL + 'includedIn', ODRL + 'use');
    shouldBeUnder(o('give'), ODRL + 'includedIn', ODRL + 'give');
    shouldBeUnder(o('report'), ODRL + 'includedIn', ODRL + 'inform');
    shouldBeUnder(o('offer'), SKOS + 'broader', o('give'));
    shouldBeUnder(o('escalate'), SKOS + 'broader', o('report'));
    shouldBeUnder(o('publish'), SKOS + 'broader', o('disclose'));
  });

  describe('asset hierarchy', () => {
    shouldBeUnder(o('gift'), SKOS + 'broader', o('businessCourtesy'));
    shouldBeUnder(o('cash'), SKOS + 'broader', o('gift'));
    shouldBeUnder(o('cashEquivalent'), SKOS + 'broader', o('gift'));
    shouldBeUnder(o('travel'), SKOS + 'broader', o('hospitality'));
    shouldBeUnder(o('insiderInformation'), SKOS + 'broader', o('confidentialInformation'));
    shouldBeUnder(o('reporterIdentity'), SKOS + 'broader', o('personalData'));
    shouldBeUnder(o('bugFix'), SKOS + 'broader', o('sourceCode'));
    shouldBeUnder(o('publicGenerativeAiTool'), SKOS + 'broader', o('generativeAiTool'));
    shouldBeUnder(o('orbisSecurities'), SKOS + 'broader', o('securities'));
    shouldBeUnder(o('companyDevice'), ODRL + 'partOf', o('companyAssets'));
    shouldBeUnder(o('sourceCode'), ODRL + 'partOf', o('companyAssets'));
  });

  describe('labels the regulations use', () => {
    shouldBeNamed(o('managerApproval'), 'prior written approval of their manager');
    shouldBeNamed(o('ethicsApproval'), 'Ethics Office has given prior approval');
    shouldBeNamed(o('publicSectorCustomer'), 'public-sector customer');
    shouldBeNamed(o('blackoutPeriod'), 'blackout period');
    shouldBeNamed(o('industryEvent'), 'industry event');
    shouldBeNamed(o('businessPurpose'), 'legitimate business purpose');
    shouldBeNamed(o('insiderInformation'), 'material non-public information');
    shouldBeNamed(o('spokesperson'), 'authorised spokesperson');
    shouldBeNamed(o('assistant'), 'Orbis Assist');
    shouldBeNamed(o('speakToPress'), 'speak to the press');
    shouldBeNamed(o('cashEquivalent'), 'gift card');
  });
});
