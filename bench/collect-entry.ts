// The filling side of `bench/collect.mjs`, bundled by it with esbuild into bench/.work/: fills every form
// of a folder with each unit's figures (its own figures of the same month a year earlier), as the units
// would, so that the timed `chitieu collect` reads 69 real returns.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataFolder } from '../src/node/io/load.ts';
import { fillForm, lastYearFiller } from '../test/node/collect/fill-forms.ts';

export async function fillAll(dataDir: string, forms: string, inbox: string, year: number, month: number): Promise<number> {
  const loaded = await loadDataFolder(dataDir);
  if (!loaded.ok) throw new Error(`${dataDir}: refused`);
  const fill = lastYearFiller(loaded.data, year, month);
  const names = readdirSync(forms).filter((n) => n.endsWith('.xlsx'));
  for (const name of names) writeFileSync(join(inbox, name), await fillForm(readFileSync(join(forms, name)), fill));
  return names.length;
}
