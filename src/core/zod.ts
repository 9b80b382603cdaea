import { z } from "zod";

// Zod can compile schemas with `new Function`; the atlas's Content-Security-Policy forbids eval,
// so it runs without (the schemas are small, the difference is not measurable here).
z.config({ jitless: true });

export { z };
