/**
 * /api/meta: the analysis as JSON and its forest and funnel plots as SVG, from the same body (the
 * funnel plot shows the studies only, so its body leaves out the real-world entry).
 */
import { useMutation } from '@tanstack/react-query';
import type { AnalysisRequest, MetaAnalysis } from '../../domain/meta/analysis.ts';
import { api } from '../http/http.ts';
import { postForText } from '../http/text-request.ts';

export type { MetaAnalysis };
export type RealWorldResult = NonNullable<MetaAnalysis['realWorld']>;

export type Plot = { svg: string } | { error: unknown };

export interface Run {
  analysis: MetaAnalysis;
  forest: Plot;
  funnel: Plot;
  /** The request as sent, to tell when the table has changed since. */
  request: AnalysisRequest;
}

const SVG = 'image/svg+xml';

const plot = (result: PromiseSettledResult<string>): Plot =>
  result.status === 'fulfilled' ? { svg: result.value } : { error: result.reason };

/** Runs the analysis and draws both plots at once; a refused analysis is the error of the run. */
export function useRunAnalysis() {
  return useMutation({
    mutationFn: async (request: AnalysisRequest): Promise<Run> => {
      const { realWorld: _, ...studiesOnly } = request;
      const [analysis, forest, funnel] = await Promise.allSettled([
        api.post<MetaAnalysis>('/api/meta/analyze', request),
        postForText('/api/meta/forest.svg', request, SVG),
        postForText('/api/meta/funnel.svg', studiesOnly, SVG),
      ]);
      if (analysis.status === 'rejected') throw analysis.reason;
      return { analysis: analysis.value, forest: plot(forest), funnel: plot(funnel), request };
    },
  });
}
