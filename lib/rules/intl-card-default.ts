import type { Contact, RuleSet } from '../schema/rule-set';
import { deepFreeze } from './deep-freeze';
import { standardGuards } from './standard-guards';

const PROVIDER: Contact = {
  name: 'Payment provider support',
  note: 'Contact the payment provider, submit the request, wait for review',
};

/** International card rules in New York time, from Stripe's and Square's published figures. */
export const intlCardDefault: RuleSet = deepFreeze<RuleSet>({
  id: 'intl-card-default',
  name: 'International card default (Stripe/Square figures)',
  version: 1,
  description:
    'Cancel an uncaptured authorization within 7 days; refund a captured payment within 1 year, at most 20 refunds. The $1,000.00 escalation threshold is a house setting, not a published figure.',
  zone: 'America/New_York',
  currency: 'USD',
  escalationThresholdMinor: 100_000,
  rules: [
    ...standardGuards(),
    {
      id: 'card-auth-cancel',
      title: {
        zh: '预授权撤销（授权 7 天有效期内，未请款）',
        en: 'Cancel the authorization (not captured, within its 7 days)',
      },
      match: { paymentMethods: ['card'], transactionTypes: ['preauth'], statuses: ['paid'] },
      action: 'preauth_cancel',
      window: { kind: 'days', n: 7 },
      amount: 'full',
      requiredEvidence: ['receipt'],
      requiredFields: ['authCode', 'amountMinor'],
      contact: PROVIDER,
      source:
        'Stripe docs (place a hold): cancel a PaymentIntent any time before capture; an online authorization lasts 7 days (Terminal 2, Visa on Terminal 5). Adyen cancel docs: cancel while authorised and not captured',
    },
    {
      id: 'card-refund',
      title: { zh: '银行卡退款（1 年内，最多 20 次）', en: 'Card refund (within 1 year, at most 20 refunds)' },
      match: {
        paymentMethods: ['card'],
        transactionTypes: ['sale', 'preauth_completion'],
        statuses: ['paid', 'partially_refunded'],
        refundCountBelow: 20,
      },
      action: 'refund',
      window: { kind: 'months', n: 12 },
      amount: 'remaining',
      requiredEvidence: ['receipt'],
      requiredFields: ['referenceNo', 'paidAt', 'amountMinor'],
      contact: PROVIDER,
      source: 'Square refund-payments docs: refunds within 1 year of the payment, at most 20 per payment',
    },
  ],
  fallback: {
    id: 'provider-review',
    title: { zh: '人工审核：联系支付机构', en: 'Manual review: ask the payment provider' },
    requiredEvidence: ['receipt', 'customer_communication'],
    requiredFields: ['orderNo', 'amountMinor'],
    contact: PROVIDER,
    source: 'Adyen and Stripe docs: outside these windows only the provider can help',
  },
});
