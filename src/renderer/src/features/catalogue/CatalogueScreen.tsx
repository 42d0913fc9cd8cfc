import { Route, Routes } from 'react-router';
import { useShellContext } from '../../lib/shell.ts';
import { CatalogueEditPage, CatalogueNewPage } from './CatalogueEditPage.tsx';
import { CatalogueItemPage } from './CatalogueItemPage.tsx';
import { CatalogueListPane } from './CatalogueListPane.tsx';
import { NoItemSelected } from './NoItemSelected.tsx';
import './catalogue.css';

/** The catalogue: the items of one kind on the left, the chosen item (or its form) on the right. */
export function CatalogueScreen() {
  const { searchRef } = useShellContext();
  return (
    <div className="panes">
      <CatalogueListPane searchRef={searchRef} />
      <main className="detail-pane" id="main">
        <Routes>
          <Route index element={<NoItemSelected />} />
          <Route path="new/:kind" element={<CatalogueNewPage />} />
          <Route path=":id" element={<CatalogueItemPage />} />
          <Route path=":id/edit" element={<CatalogueEditPage />} />
        </Routes>
      </main>
    </div>
  );
}
