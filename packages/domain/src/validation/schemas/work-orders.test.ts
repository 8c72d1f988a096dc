import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_ORDER_COMMITMENTS } from '../../operations/sla.js';
import { check, problemsOf } from '../adapter.js';
import type { FieldProblem } from '../problems.js';
import {
  callbackWorkOrderInput,
  completeWorkOrderInput,
  createWorkOrderInput,
  dispatchWorkOrderInput,
  updateWorkOrderCommitmentsInput,
  workOrderFilter,
} from './work-orders.js';

const brief = (problems: FieldProblem[]) => problems.map((p) => `${p.path.join('.')}:${p.reason}`);

const base = {
  estateId: 'e-1',
  locationKind: 'UNIT',
  location: ' 3栋2单元801 ',
  category: 'PLUMBING_ELECTRICAL',
  kind: 'URGENT',
  description: '卫生间水管爆裂\n请尽快处理',
  channel: 'PHONE',
  reporterName: '张女士',
  reporterPhone: '138 0000 1234',
};

describe('createWorkOrderInput', () => {
  it('accepts a report, trimmed, with a multi-line description', () => {
    const r = check(createWorkOrderInput, base);
    expect(r.ok && r.data.location).toBe('3栋2单元801');
    expect(r.ok && r.data.description).toContain('\n');
  });

  it('refuses hostile and missing values with reason codes', () => {
    expect(
      brief(
        problemsOf(createWorkOrderInput, {
          ...base,
          location: '801\u0000',
          description: 'x\u202Eevil',
          reporterName: 'a\nb',
          reporterPhone: 'call me',
          kind: 'SOMETIME',
          category: undefined,
          channel: 'PIGEON',
        }),
      ),
    ).toEqual([
      'location:CONTROL_CHARACTERS',
      'category:REQUIRED',
      'kind:INVALID',
      'description:CONTROL_CHARACTERS',
      'channel:INVALID',
      'reporterName:CONTROL_CHARACTERS',
      'reporterPhone:INVALID',
    ]);
    expect(brief(problemsOf(createWorkOrderInput, { ...base, location: '   ', description: '' }))).toEqual([
      'location:REQUIRED',
      'description:REQUIRED',
    ]);
    expect(
      brief(
        problemsOf(createWorkOrderInput, {
          ...base,
          description: 'x'.repeat(1001),
          location: 'y'.repeat(101),
        }),
      ),
    ).toEqual(['location:TOO_LONG', 'description:TOO_LONG']);
  });

  it('takes at most nine photos, each once', () => {
    expect(brief(problemsOf(createWorkOrderInput, { ...base, photoFileIds: ['a', 'b', 'a'] }))).toEqual([
      'photoFileIds.2:DUPLICATE',
    ]);
    expect(
      brief(
        problemsOf(createWorkOrderInput, {
          ...base,
          photoFileIds: Array.from({ length: 10 }, (_, i) => `${i}`),
        }),
      ),
    ).toEqual(['photoFileIds:TOO_MANY']);
  });
});

describe('the steps', () => {
  it('dispatch needs an assignee and a version', () => {
    expect(brief(problemsOf(dispatchWorkOrderInput, { id: 'w', version: 1.5 }))).toEqual([
      'version:INVALID',
      'assigneeUserId:REQUIRED',
    ]);
  });

  it('completion takes a quality check, a note and photos', () => {
    expect(
      check(completeWorkOrderInput, { id: 'w', version: 2, qualityPassed: true, note: '已更换阀门' }).ok,
    ).toBe(true);
    expect(brief(problemsOf(completeWorkOrderInput, { id: 'w', version: 2, qualityPassed: 'yes' }))).toEqual([
      'qualityPassed:INVALID',
    ]);
  });

  it('a callback records one of three satisfactions', () => {
    expect(
      check(callbackWorkOrderInput, { id: 'w', version: 3, satisfaction: 'BASICALLY_SATISFIED' }).ok,
    ).toBe(true);
    expect(brief(problemsOf(callbackWorkOrderInput, { id: 'w', version: 3, satisfaction: 5 }))).toEqual([
      'satisfaction:INVALID',
    ]);
  });
});

describe('workOrderFilter', () => {
  it('bounds the search and checks the enums', () => {
    expect(check(workOrderFilter, { estateId: 'e', status: 'NEW', breached: true, search: '801' }).ok).toBe(
      true,
    );
    expect(
      brief(problemsOf(workOrderFilter, { estateId: 'e', status: 'LOST', search: 'x'.repeat(101) })),
    ).toEqual(['status:INVALID', 'search:TOO_LONG']);
  });
});

describe('updateWorkOrderCommitmentsInput', () => {
  const seeds = { ...DEFAULT_WORK_ORDER_COMMITMENTS };

  it('accepts the seeds’ figures', () => {
    expect(check(updateWorkOrderCommitmentsInput, seeds).ok).toBe(true);
  });

  it('refuses zero, fractions, absurd lengths, and an arrival sooner than the dispatch', () => {
    expect(
      brief(
        problemsOf(updateWorkOrderCommitmentsInput, {
          ...seeds,
          dispatchMinutesMinor: 0,
          arriveMinutesUrgent: 2.5,
          completeMinutesMinor: 10 ** 7,
        }),
      ),
    ).toEqual([
      'dispatchMinutesMinor:TOO_SMALL',
      'arriveMinutesUrgent:NOT_INTEGER',
      'completeMinutesMinor:TOO_LARGE',
    ]);
    expect(
      brief(problemsOf(updateWorkOrderCommitmentsInput, { ...seeds, dispatchMinutesMinor: 15 })),
    ).toEqual(['arriveMinutesMinor:TOO_SMALL']);
    // The urgent completion window matters only without the same-day rule.
    expect(
      brief(problemsOf(updateWorkOrderCommitmentsInput, { ...seeds, completeMinutesUrgent: 5 })),
    ).toEqual([]);
    expect(
      brief(
        problemsOf(updateWorkOrderCommitmentsInput, {
          ...seeds,
          urgentSameDay: false,
          completeMinutesUrgent: 5,
        }),
      ),
    ).toEqual(['completeMinutesUrgent:TOO_SMALL']);
  });
});
