// 盘点: start a stocktake (frozen snapshot), count it blind by scanning, review book against counted, and the
// owner's approval posts the differences.
import { useState } from 'react';
import { StocktakeCounting } from './StocktakeCounting';
import { StocktakeList } from './StocktakeList';
import { StocktakeReviewView } from './StocktakeReviewView';

type View = { kind: 'list' } | { kind: 'counting'; id: string } | { kind: 'review'; id: string };

export function StocktakeScreen() {
  const [view, setView] = useState<View>({ kind: 'list' });
  const back = () => setView({ kind: 'list' });
  if (view.kind === 'counting') return <StocktakeCounting id={view.id} onClosed={() => setView({ kind: 'review', id: view.id })} onBack={back} />;
  if (view.kind === 'review') return <StocktakeReviewView id={view.id} onReopen={() => setView({ kind: 'counting', id: view.id })} onBack={back} />;
  return <StocktakeList onOpen={(s) => setView({ kind: s.status === 'counting' ? 'counting' : 'review', id: s.id })} />;
}
