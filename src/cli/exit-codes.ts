export const EXIT = {
  passed: 0,
  blocking: 1,
  usage: 2,
  incomplete: 3,
} as const;
