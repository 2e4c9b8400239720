import type { BenchCase } from "../lib/types.js";
import { memoryRows } from "./20-memory-idle.js";

const memoryAfterLoad: BenchCase = {
  name: "memory-after-load",
  run: (context) => memoryRows(context, "idle after the load cases"),
};

export default memoryAfterLoad;
