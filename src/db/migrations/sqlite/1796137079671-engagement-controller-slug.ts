import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand from TypeORM's diff: SQLite's ADD COLUMN (hence the column's default) instead of rebuilding
 * "processor_engagement", whose drop would delete its data-category links through ON DELETE CASCADE (see
 * 1796124764284-ingestions). The engagements already stored take the slug of their version (which never changes).
 */
export class EngagementControllerSlug1796137079671 implements MigrationInterface {
  name = 'EngagementControllerSlug1796137079671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement" ADD COLUMN "controllerSlug" varchar NOT NULL DEFAULT ('')`,
    );
    await queryRunner.query(
      `UPDATE "processor_engagement" SET "controllerSlug" = (SELECT c.slug FROM "controller" c WHERE c.id = "processor_engagement"."controllerId")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_processor_engagement_processor_slug" ON "processor_engagement" ("processorId", "controllerSlug", "controllerId") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_processor_engagement_processor_slug"`);
    await queryRunner.query(`ALTER TABLE "processor_engagement" DROP COLUMN "controllerSlug"`);
    await queryRunner.query(`CREATE INDEX "IDX_1cc0c08fc158fc1846af20fe52" ON "processor_engagement" ("processorId") `);
  }
}
