using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    ArgsType = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ArgsJson = table.Column<string>(type: "text", nullable: false),
                    DelayMs = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
