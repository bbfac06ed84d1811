// ok: dependencies/phantom-import
import Link from '@docusaurus/Link';
// ok: dependencies/phantom-import
import useBaseUrl from '@docusaurus/useBaseUrl';
// ok: dependencies/phantom-import
import Layout from '@theme/Layout';
// ok: dependencies/phantom-import
import logo from '@site/static/img/logo.svg';
// ruleid: dependencies/phantom-import
import search from '@docusaurus/plugin-search-invented';
// ruleid: dependencies/phantom-import
import Confetti from 'react-confetti-invented';

export default function Home() {
  return <Layout><Link to={useBaseUrl('/')}>{logo}{search}{Confetti}</Link></Layout>;
}
