import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import noSilentCatch from '../../tools/eslint/no-silent-catch.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const silent = [{ messageId: 'silent' }];

new RuleTester().run('no-silent-catch', noSilentCatch, {
  valid: [
    'try { f(); } catch (e) { report(e); }',
    'try { f(); } catch { /* a missing frame is no error: there is nothing to read */ }',
    'function g() {\n  try { f(); } catch {\n    // the tab may be gone already\n    return null;\n  }\n}',
    'p.catch((e) => logOnce("x", e));',
    'p.catch(logError);',
    '// the port may be closed already\np.catch(() => undefined);',
    'p.catch(() => {\n  // closing twice is fine\n});',
  ],
  invalid: [
    { code: 'try { f(); } catch {}', errors: silent },
    { code: 'try { f(); } catch (e) {}', errors: silent },
    { code: 'function g() { try { f(); } catch { return null; } }', errors: silent },
    { code: 'try { f(); } catch (e) { throw new Error("failed"); }', errors: silent },
    { code: 'p.catch(() => undefined);', errors: silent },
    { code: 'const r = await p.catch((_e) => null);', errors: silent },
    { code: 'p.catch(function () {});', errors: silent },
  ],
});
