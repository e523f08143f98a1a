using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FortuneGenerationStats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CostUsd",
                table: "fortune_generations",
                newName: "CostNanoUsd");

            migrationBuilder.AlterColumn<long>(
                name: "CostNanoUsd",
                table: "fortune_generations",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldPrecision: 18,
                oldScale: 8);

            migrationBuilder.AddColumn<int>(
                name: "Score",
                table: "fortune_generations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_fortune_generations_CreatedAt",
                table: "fortune_generations",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_fortune_generations_CreatedAt",
                table: "fortune_generations");

            migrationBuilder.DropColumn(
                name: "Score",
                table: "fortune_generations");

            migrationBuilder.RenameColumn(
                name: "CostNanoUsd",
                table: "fortune_generations",
                newName: "CostUsd");

            migrationBuilder.AlterColumn<decimal>(
                name: "CostUsd",
                table: "fortune_generations",
                type: "TEXT",
                precision: 18,
                scale: 8,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER");
        }
    }
}
