using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FortuneIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fortune_incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Component = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    OpenComponent = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_incidents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_incidents_OpenComponent",
                table: "fortune_incidents",
                column: "OpenComponent",
                unique: true,
                filter: "[OpenComponent] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_fortune_incidents_Status_ResolvedAt",
                table: "fortune_incidents",
                columns: new[] { "Status", "ResolvedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fortune_incidents");
        }
    }
}
