// What a report has established so far: an event that omits its agent or recipient continues the
// last one of its kind ("Kim decided to dispatch 1,000 sappers …" after "North Korea's planned
// deployment … to Russia's Kursk region" is a dispatch to Russia).
import type { ActorRef, EventType } from '../../format.js';

interface Known {
  agent: ActorRef | null;
  recipient: ActorRef | null;
  /** where it was, in which sentence, with which status: a place carries only to the next sentence of the same event */
  location?: { place: ActorRef; sentence: number; status: string } | null;
}

const FAMILY: Partial<Record<EventType, EventType[]>> = {
  deploy: ['deploy', 'transfer', 'recruit'],
  transfer: ['transfer', 'deploy', 'agreement'],
  // who suffers losses continues the last sufferer, or the side last sent to fight (not the attacker)
  casualties: ['casualties', 'deploy'],
  recruit: ['recruit', 'deploy'],
  combat: ['combat', 'deploy'],
  other: ['other'],
  agreement: ['agreement', 'transfer'],
};

export class Discourse {
  private last = new Map<EventType, Known>();

  /** The agent of the last event of this family (other than `not`). */
  agentFor(event: EventType, not: string | null = null): ActorRef | null {
    for (const e of FAMILY[event] ?? [event]) {
      const k = this.last.get(e);
      if (k?.agent && k.agent.id !== not) return k.agent;
    }
    return null;
  }

  /** The recipient of the last event of this family with the same agent, else of any agent. */
  recipientFor(event: EventType, agent: ActorRef | null): ActorRef | null {
    if (!['deploy', 'transfer', 'other', 'agreement'].includes(event)) return null;
    const family = FAMILY[event] ?? [event];
    for (const e of family) {
      const k = this.last.get(e);
      if (k?.recipient && (!agent || k.agent?.id === agent.id) && k.recipient.id !== agent?.id) return k.recipient;
    }
    for (const e of family) {
      const k = this.last.get(e);
      if (k?.recipient && k.recipient.id !== agent?.id) return k.recipient;
    }
    return null;
  }

  /** Where the same event between the same sides was, in this sentence or the one before, when
   *  its status agrees: an ongoing dispatch and its planned or finished parts are one event; a
   *  done deployment and a planned one are two
   *  ("Kim to send 6K workers to rebuild Russia’s Kursk. The deployment will include 5K builders …"). */
  locationFor(event: EventType, agent: ActorRef | null, recipient: ActorRef | null, sentence: number, status: string): ActorRef | null {
    const k = this.last.get(event);
    const l = k?.location;
    return l && k.agent?.id === agent?.id && k.recipient?.id === recipient?.id && l.sentence >= sentence - 1 && (l.status === status || l.status === 'ongoing' || status === 'ongoing') ? l.place : null;
  }

  note(event: EventType, agent: ActorRef | null, recipient: ActorRef | null, location: { place: ActorRef; sentence: number; status: string } | null = null): void {
    const prev = this.last.get(event);
    this.last.set(event, {
      agent: agent ?? prev?.agent ?? null,
      recipient: recipient ?? (agent && prev?.agent?.id !== agent.id ? null : prev?.recipient ?? null),
      location,
    });
  }
}
