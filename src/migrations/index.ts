import * as migration_20261129_044941_initial from './20261129_044941_initial';
import * as migration_20261129_140519_review_workflow from './20261129_140519_review_workflow';
import * as migration_20261130_053212_review_holes from './20261130_053212_review_holes';
import * as migration_20261130_120000_rate_limits from './20261130_120000_rate_limits';
import * as migration_20261130_145454_search from './20261130_145454_search';
import * as migration_20261130_170122_search_speed from './20261130_170122_search_speed';
import * as migration_20261130_194840_design_accents from './20261130_194840_design_accents';
import * as migration_20261130_225717_newsletter from './20261130_225717_newsletter';
import * as migration_20261201_033000_shared_cache from './20261201_033000_shared_cache';
import * as migration_20261201_181511_search_by_slug from './20261201_181511_search_by_slug';
import * as migration_20261202_110000_shown_images from './20261202_110000_shown_images';
import * as migration_20261202_140836_search_word_variants_by_word from './20261202_140836_search_word_variants_by_word';

export const migrations = [
  {
    up: migration_20261129_044941_initial.up,
    down: migration_20261129_044941_initial.down,
    name: '20261129_044941_initial',
  },
  {
    up: migration_20261129_140519_review_workflow.up,
    down: migration_20261129_140519_review_workflow.down,
    name: '20261129_140519_review_workflow',
  },
  {
    up: migration_20261130_053212_review_holes.up,
    down: migration_20261130_053212_review_holes.down,
    name: '20261130_053212_review_holes',
  },
  {
    up: migration_20261130_120000_rate_limits.up,
    down: migration_20261130_120000_rate_limits.down,
    name: '20261130_120000_rate_limits',
  },
  {
    up: migration_20261130_145454_search.up,
    down: migration_20261130_145454_search.down,
    name: '20261130_145454_search',
  },
  {
    up: migration_20261130_170122_search_speed.up,
    down: migration_20261130_170122_search_speed.down,
    name: '20261130_170122_search_speed',
  },
  {
    up: migration_20261130_194840_design_accents.up,
    down: migration_20261130_194840_design_accents.down,
    name: '20261130_194840_design_accents',
  },
  {
    up: migration_20261130_225717_newsletter.up,
    down: migration_20261130_225717_newsletter.down,
    name: '20261130_225717_newsletter',
  },
  {
    up: migration_20261201_033000_shared_cache.up,
    down: migration_20261201_033000_shared_cache.down,
    name: '20261201_033000_shared_cache',
  },
  {
    up: migration_20261201_181511_search_by_slug.up,
    down: migration_20261201_181511_search_by_slug.down,
    name: '20261201_181511_search_by_slug',
  },
  {
    up: migration_20261202_110000_shown_images.up,
    down: migration_20261202_110000_shown_images.down,
    name: '20261202_110000_shown_images',
  },
  {
    up: migration_20261202_140836_search_word_variants_by_word.up,
    down: migration_20261202_140836_search_word_variants_by_word.down,
    name: '20261202_140836_search_word_variants_by_word',
  },
];
