using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Host.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class JobsOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_background_jobs_State",
                table: "platform_background_jobs");

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelRequestedAt",
                table: "platform_background_jobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseOwner",
                table: "platform_background_jobs",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "QueuedAt",
                table: "platform_background_jobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_platform_background_jobs_State_LeaseExpiresAt",
                table: "platform_background_jobs",
                columns: new[] { "State", "LeaseExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_platform_background_jobs_State_QueuedAt",
                table: "platform_background_jobs",
                columns: new[] { "State", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_platform_background_jobs_State_LeaseExpiresAt",
                table: "platform_background_jobs");

            migrationBuilder.DropIndex(
                name: "IX_platform_background_jobs_State_QueuedAt",
                table: "platform_background_jobs");

            migrationBuilder.DropColumn(
                name: "CancelRequestedAt",
                table: "platform_background_jobs");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "platform_background_jobs");

            migrationBuilder.DropColumn(
                name: "QueuedAt",
                table: "platform_background_jobs");

            migrationBuilder.CreateIndex(
                name: "IX_platform_background_jobs_State",
                table: "platform_background_jobs",
                column: "State");
        }
    }
}
