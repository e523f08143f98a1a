using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JobsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite ≥ 3.35 drops a column in place; EF's table rebuild would need PRAGMA foreign_keys outside the transaction.
            migrationBuilder.Sql("ALTER TABLE fortune_batches DROP COLUMN \"JobQueuedAt\";");

            migrationBuilder.CreateTable(
                name: "fortune_job_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArgsType = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ArgsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DelayMs = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_job_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_job_outbox_CreatedAt",
                table: "fortune_job_outbox",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_job_outbox");

            migrationBuilder.AddColumn<DateTime>(
                name: "JobQueuedAt",
                table: "fortune_batches",
                type: "TEXT",
                nullable: true);
        }
    }
}
