import assert from 'node:assert/strict';
import {
  capitalise, gerund, listJoin, negateClause, plural, quote, sentence, thirdPerson, toFirstPerson, toThirdPerson, withArticle, withDefinite,
} from '../../../src/backends/framer/phrase.js';

const says = (f: (s: string) => string, input: string, expected: string) => it(`${input} → ${expected}`, () => assert.equal(f(input), expected));

describe('framer/phrase', () => {
  describe('withArticle', () => {
    says(withArticle, 'gift', 'a gift');
    says(withArticle, 'employee', 'an employee');
    says(withArticle, 'manager', 'a manager');
    says(withArticle, 'user', 'a user');
    says(withArticle, 'unapproved software', 'unapproved software');
    says(withArticle, 'hour', 'an hour');
    says(withArticle, 'cash', 'cash');
    says(withArticle, 'confidential information', 'confidential information');
    says(withArticle, 'securities', 'securities');
    says(withArticle, 'identity of the giver', 'the identity of the giver');
    says(withArticle, 'Ethics Office', 'the Ethics Office');
    says(withArticle, 'Communications', 'Communications');
    says(withArticle, 'their teams', 'their teams');
  });
  describe('withDefinite', () => {
    says(withDefinite, 'gift', 'the gift');
    says(withDefinite, 'a gift', 'the gift');
    says(withDefinite, 'Legal Department', 'the Legal Department');
  });
  describe('plural', () => {
    says(plural, 'employee', 'employees');
    says(plural, 'third party', 'third parties');
    says(plural, 'designated insider', 'designated insiders');
    says(plural, 'staff', 'staff');
    says(plural, 'business', 'businesses');
    says(plural, 'Ethics Office', 'the Ethics Office');
  });
  describe('verbs', () => {
    says(thirdPerson, 'accept cash', 'accepts cash');
    says(thirdPerson, 'identify themselves', 'identifies themselves');
    says(thirdPerson, 'hand over the gift', 'hands over the gift');
    says(thirdPerson, 'approach', 'approaches');
    says(gerund, 'accept', 'accepting');
    says(gerund, 'use a tool', 'using a tool');
    says(gerund, 'tip off', 'tipping off');
    says(gerund, 'refer the user', 'referring the user');
    says(gerund, 'see', 'seeing');
  });
  describe('clauses', () => {
    says(negateClause, 'the Ethics Office has given prior approval', 'the Ethics Office has not given prior approval');
    says(negateClause, 'a non-disclosure agreement is in place', 'a non-disclosure agreement is not in place');
    says(negateClause, 'there is a legitimate business purpose', 'there is no legitimate business purpose');
    says(negateClause, 'the host attends', 'it is not the case that the host attends');
    says(toFirstPerson, 'they possess material non-public information', 'I possess material non-public information');
    says(toFirstPerson, 'their manager has given approval', 'my manager has given approval');
    says(toFirstPerson, 'they are abroad', 'I am abroad');
    says(toThirdPerson, 'you have a personal interest', 'they have a personal interest');
    says(sentence, 'the gift is worth USD 150', 'The gift is worth USD 150.');
    says(sentence, 'report it;', 'Report it.');
    says(capitalise, 'employees', 'Employees');
    says(quote, 'Cash gifts must never be accepted.', '"Cash gifts must never be accepted"');
    it('joins lists', () => assert.deepEqual([listJoin(['a']), listJoin(['a', 'b']), listJoin(['a', 'b', 'c'], 'or')], ['a', 'a and b', 'a, b or c']));
  });
});
