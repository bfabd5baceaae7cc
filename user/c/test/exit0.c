/* exit0.c - does nothing and exits 0 (spawn/exit benchmarks and churn tests). */
int main(void) { return 0; }
