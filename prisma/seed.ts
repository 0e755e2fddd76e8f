// `prisma db seed` and `npm run db:seed`: loads the initial data into the database named by DATABASE_URL.
import { createPrismaClient } from "@/lib/db/create-client";
import { seedDatabase } from "./seed/seed";

const prisma = createPrismaClient();
try {
  const report = await seedDatabase(prisma);
  console.log(
    `Seed: ${report.countries} countries, ${report.domains} cooperation domains; ` +
      (report.recordsCreated ? "Morocco–Israel records created." : "Morocco–Israel records already present."),
  );
} finally {
  await prisma.$disconnect();
}
