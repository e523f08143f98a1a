using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxPlatformJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_job_outbox",
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
                    table.PrimaryKey("PK_platform_job_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_job_outbox_CreatedAt",
                table: "platform_job_outbox",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_job_outbox");
        }
    }
}
