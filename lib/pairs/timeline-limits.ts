// How much of a dense relationship the timeline draws: beyond this many agreements signed in one year, it says
// how many more there are and links to the table for that year.
export const timelinePerYear = 5;

/** At most this many agreements without a known date are named in the timeline's text. */
export const undatedListLimit = 50;
