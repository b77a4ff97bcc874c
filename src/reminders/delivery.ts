import type { OutgoingMessage } from '../ports/messenger.js';
import type { OutboxItem } from './outbox-item.js';

/** One message to send: the rows it carries and what it says. */
export interface Delivery {
  deliveryId: string;
  rows: OutboxItem[];
  message: OutgoingMessage;
}

/** Everything one recipient gets from one claim, sent in order through their personal chat. */
export interface RecipientJob {
  recipientId: string;
  conversationRowId: string;
  deliveries: Delivery[];
  /** This worker's lease on the rows lasts until here (epoch ms, app clock). */
  leaseUntil: number;
}
