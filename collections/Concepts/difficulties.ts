export const DIFFICULTIES = ['beginner', 'intermediate', 'advanced'] as const
