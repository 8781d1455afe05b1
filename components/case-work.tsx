import { CandidateList } from './candidate-list';
import { CaptureProblems } from './capture-problems';
import { CaseVerdict } from './case-verdict';
import { FillPanel } from './fill-panel';
import { OrderFields } from './order-fields';

/** The case being worked: the order's candidates and fields, the verdict and the fill card; loaded on first use. */
export default function CaseWork() {
  return (
    <>
      <CandidateList />
      <OrderFields />
      <CaptureProblems />
      <CaseVerdict />
      <FillPanel />
    </>
  );
}
