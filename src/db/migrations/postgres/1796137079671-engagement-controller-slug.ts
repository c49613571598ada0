import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * TypeORM's diff, plus the backfill of the engagements already stored: each takes the slug of its version (a version's
 * slug never changes). The index by (vendor, slug) takes the place of the one by vendor alone.
 */
export class EngagementControllerSlug1796137079671 implements MigrationInterface {
  name = 'EngagementControllerSlug1796137079671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_1cc0c08fc158fc1846af20fe52"`);
    await queryRunner.query(
      `ALTER TABLE "processor_engagement" ADD "controllerSlug" character varying NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `UPDATE "processor_engagement" e SET "controllerSlug" = c.slug FROM "controller" c WHERE c.id = e."controllerId"`,
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
