using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.TestModules.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "test_job_effects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RanAsTenant = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_test_job_effects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "test_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_test_notes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_test_job_effects_Key",
                table: "test_job_effects",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_test_notes_TenantId",
                table: "test_notes",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "test_job_effects");

            migrationBuilder.DropTable(
                name: "test_notes");
        }
    }
}
