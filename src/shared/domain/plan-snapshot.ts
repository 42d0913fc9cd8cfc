import type { CatalogueContent } from './catalogue.ts';
import type { HandoutSafety } from './handout-safety.ts';
import type { PlanContent } from './plan.ts';

/**
 * Everything a finalised plan was, frozen at finalising: the plan, who it was for, and the
 * catalogue entries it used as they read then. Handouts and history are made from this alone,
 * so editing the catalogue or the patient later never changes what was given.
 */
export interface PlanSnapshot {
  format: 1;
  plan: {
    id: string;
    version: number;
    previousId: string | null;
    finalisedAt: string;
    finalisedBy: string;
    content: PlanContent;
  };
  patient: {
    id: string;
    givenName: string;
    familyName: string;
    preferredName: string | null;
    dateOfBirth: string | null;
    chartNumber: string | null;
  };
  catalogue: Record<string, CatalogueContent>;
  /**
   * The "Get help quickly" box and shared splint lines as they stood at finalising. Absent
   * from plans finalised before them: their handouts reprint exactly as they were made.
   */
  safety?: HandoutSafety;
}
