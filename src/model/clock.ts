/** The time source; injected so that reports and checks are reproducible. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
