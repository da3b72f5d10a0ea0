import { consentRecordsOf } from '../../consent/consent.service';
import { objectSection } from './section';

/** Every cookie choice recorded for the signed-in user, with its policy version and time. */
export const cookieConsentsSection = objectSection(
  'cookie-consents.json',
  'Your cookie choices: which optional categories you allowed, under which policy version, and when.',
  ({ em, userId }) => consentRecordsOf(em, userId),
);
