/** The play button's words, shared by the build-time markup and the element that changes them. */
export const PLAY_LABEL = '▶ Play: train the network';
export const STOP_LABEL = '■ Stop';
export const REPLAY_LABEL = '↺ Play again';
