/** How deeply JSON may nest before pave refuses to walk it. */

/**
 * PAVE's request bodies nest three levels (`session.reference.key`) and its answers about six;
 * 32 leaves room for any free-form `reference` a dealer sends. Far deeper JSON is a mistake or
 * an attack, and would overflow the stack of the recursive walks that send and print it
 * (`JSON.stringify` among them).
 */
export const maxJsonNesting = 32;
