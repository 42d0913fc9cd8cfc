/** Placeholder until the catalogue screen lands (being built in parallel). */
export function CatalogueScreen() {
  return (
    <main className="detail-pane" id="main">
      <h1>Catalogue</h1>
    </main>
  );
}
