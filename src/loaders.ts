/**
 * Every DataLoader of a request, built by the context factory (never shared between requests, so one
 * request's cache can't serve another's). Batch functions answer in key order.
 */
import type { Executor, QueryStats } from './db/executor.js';
import { createGraphLoaders } from './graph/graph.loaders.js';
import { createListLoader, createPageLoader } from './graph/page-loader.js';

export function createLoaders(executor: Executor, stats: QueryStats) {
  return {
    ...createGraphLoaders(executor, stats),
    citiesPage: createPageLoader(executor, stats, 'api/city/cities-page', 'citiesPage'),
    designationsPage: createPageLoader(executor, stats, 'api/designation/designations-page', 'designationsPage'),
    assessmentsPage: createPageLoader(executor, stats, 'api/assessment/assessments-page', 'assessmentsPage'),
    observations: createListLoader(executor, stats, 'api/observation/by-subject', 'observations'),
    sourceFacts: createListLoader(executor, stats, 'api/source/facts', 'sourceFacts'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
