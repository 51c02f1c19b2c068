export declare class PlainError extends Error {}
