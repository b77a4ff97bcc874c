import { describe, expect, it } from 'vitest';
import { simulatorCurrentUser, simulatorOtherUsers } from '../../../../cli/playground-people.js';
import { demoPeople } from '../../../../src/directory/simulator-people.js';

describe('the demo people of the local sign-in', () => {
  it('are exactly the local Teams simulator’s people', () => {
    const simulator = [simulatorCurrentUser, ...simulatorOtherUsers].map((p) => ({ aadObjectId: p.aadObjectId, name: p.name, email: p.email }));
    expect(demoPeople).toEqual(simulator);
  });
});
