/** Every number the derivative lab starts from and its one setting, shared by its markup and its module. */
import { describeSettings, seedSetting } from '../../ui/controls/settings-description';

/** The function shown first; the picker and its parameters redraw the chart and are not settings of the check. */
export const FIRST_FUNCTION = 'elu';

/** Seeded random places checked on top of the plotted grid when the reader presses Run. */
export const RANDOM_CHECK_POINTS = 200;

export const DERIVATIVE_SETTINGS = describeSettings({ seed: seedSetting(5, `Picks ${RANDOM_CHECK_POINTS} random check points per function.`) });
/** Finite-difference markers on every n-th plotted sample, so the lines underneath stay visible. */
export const MARKER_EVERY = 8;
export const CHART_HEIGHT = 300;
export const CHART_MAX_WIDTH = 720;
