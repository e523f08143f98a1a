using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Forge.Fortune.EntityFrameworkCore.Migrations.SqlServer
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
                type: "bigint",
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "decimal(18,8)",
                oldPrecision: 18,
                oldScale: 8);

            migrationBuilder.AddColumn<int>(
                name: "Score",
                table: "fortune_generations",
                type: "int",
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
                type: "decimal(18,8)",
                precision: 18,
                scale: 8,
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint");
        }
    }
}
