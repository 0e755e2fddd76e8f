// `prisma db seed` and `npm run db:seed`: loads the initial data into the database named by DATABASE_URL.
import { searchTextRecipe } from "@/lib/agreements/search-text";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "./seed/seed";

const prisma = createPrismaClient();
try {
  const started = performance.now();
  const report = await seedDatabase(prisma);
  console.log(
    `Seed: ${report.countries} countries, ${report.domains} cooperation domains; ` +
      (report.recordsCreated ? "Morocco–Israel records created." : "Morocco–Israel records already present."),
  );
  if (report.arabicNamesAdded > 0) console.log(`Seed: Arabic names given to ${report.arabicNamesAdded} states and domains.`);
  if (report.searchText && report.searchText.agreements + report.searchText.visits > 0)
    console.log(
      `Seed: search text brought to recipe ${searchTextRecipe} (from ${report.searchText.from ?? "none recorded"}): ` +
        `${report.searchText.agreements} agreements and ${report.searchText.visits} visits rewritten ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
} finally {
  await prisma.$disconnect();
}
