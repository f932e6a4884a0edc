// Adding a council: its address is checked by asking the site for its committees, and the
// user is told what came back when it does not answer as a ModernGov site.
import { committeesUrl, parseCommittees, RequestFailed, siteBase, SiteBlocked, SiteBusy, UnexpectedAnswer } from '../../shared/moderngov';
import { platform } from '../platform';
import { pacerFor } from './checker';
import { addCouncil, listCouncils, type Council } from './councilsData';

export type AddOutcome = { ok: true; council: Council } | { ok: false; message: string };

export async function addCouncilByAddress(address: string): Promise<AddOutcome> {
  const site = siteBase(address);
  if (!site.ok) return site;
  const known = (await listCouncils()).map((council) => council.base);
  await platform.allowModernGovSites([...known, site.base]);
  const host = new URL(site.base).host;
  try {
    const response = await pacerFor(site.base)({ url: committeesUrl(site.base), expect: 'xml' });
    if (response.status !== 200) {
      throw new Error(`${host} answered HTTP ${response.status} when asked for its committees, so it is not a ModernGov site Scrutineer can use (check the address).`);
    }
    const committees = parseCommittees(response.text ?? '');
    if (committees.length === 0) throw new Error(`${host} answered as a ModernGov site but listed no committees.`);
    return { ok: true, council: await addCouncil(site.base, committees) };
  } catch (error) {
    await platform.allowModernGovSites(known);
    if (error instanceof UnexpectedAnswer) {
      return { ok: false, message: `${host} did not answer as a ModernGov site: asked for its committees, it sent ${error.what}. Check the address (it is usually democracy.<council>.gov.uk or <council>.moderngov.co.uk).` };
    }
    if (error instanceof RequestFailed || error instanceof SiteBlocked || error instanceof SiteBusy || error instanceof Error) return { ok: false, message: error.message };
    return { ok: false, message: String(error) };
  }
}
