using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    OpenComponent = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fortune_incidents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fortune_incidents_OpenComponent",
                table: "fortune_incidents",
                column: "OpenComponent",
                unique: true);

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
