import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { playgroundConfigYaml } from '../../../../cli/playground-config.js';
import { demoCurrentUser, demoPeople } from '../../../../src/directory/demo-people.js';

describe('the demo people', () => {
  it('are the Agents Playground’s people: the one at the keyboard and exactly five others', () => {
    const config = parse(playgroundConfigYaml()) as { currentUser: { aadObjectId: string }; users: Array<{ aadObjectId: string; email: string }> };
    expect(config.currentUser.aadObjectId).toBe(demoCurrentUser.aadObjectId);
    expect(config.users).toHaveLength(5);
    expect([config.currentUser, ...config.users].map((u) => u.aadObjectId)).toEqual(demoPeople.map((p) => p.aadObjectId));
  });

  it('put someone else at the keyboard of a second Playground, with Anna among the others', () => {
    const bertil = demoPeople[1]!;
    const config = parse(playgroundConfigYaml(bertil)) as { currentUser: { name: string }; users: Array<{ name: string }> };
    expect(config.currentUser.name).toBe('Bertil Berg');
    expect(config.users.map((u) => u.name)).toEqual(['Anna Andersson', 'Cecilia Carlsson', 'David Dahl', 'Eva Ek', 'Fredrik Falk']);
  });
});
