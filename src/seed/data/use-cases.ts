// Seed use cases: real-world deployments and incidents that illustrate the seed concepts.
import type { SeedUseCase } from './types'

export const useCases: SeedUseCase[] = [
  {
    title: 'GitHub Copilot brings a code-trained model into the editor',
    slug: 'github-copilot-codex',
    organization: 'GitHub',
    summary:
      'GitHub Copilot launched in 2021 on OpenAI Codex, a GPT-3 descendant fine-tuned on public code, suggesting whole lines and functions as developers type.',
    body: [
      'GitHub announced Copilot as a technical preview in June 2021, presenting it as an AI pair programmer that lives inside the code editor. As a developer types a comment or the first line of a function, Copilot proposes code to complete it, from a single line to an entire function body. It became generally available to individual developers in June 2022.',
      'Underneath was OpenAI Codex, created by taking a GPT-3 model and continuing its training on a large body of public source code from GitHub. The Codex paper, published in July 2021, also introduced HumanEval, a set of 164 hand-written programming problems checked by unit tests, which became a standard benchmark for code generation.',
      'Copilot is an early and clear example of the foundation model pattern: a general language model adapted to a specialized domain through fine-tuning, then wrapped in a product. Later versions moved to newer models and added chat and agent features, and GitHub now lets users choose among models from several providers.',
    ],
    concepts: ['foundation-model', 'fine-tuning', 'large-language-model'],
    link: 'https://github.com/features/copilot',
    year: 2021,
  },
  {
    title: 'Duolingo Max adds GPT-4 explanations and role-play',
    slug: 'duolingo-max-gpt-4',
    organization: 'Duolingo',
    summary:
      'Duolingo launched its Max subscription in March 2023 with two GPT-4 features: explanations of why an answer was right or wrong, and open-ended role-play conversations.',
    body: [
      'Duolingo was one of the partners OpenAI named when it released GPT-4 in March 2023. The company introduced a new subscription tier, Duolingo Max, with two features built on the model. Explain My Answer lets a learner ask why a response was marked right or wrong. Roleplay drops the learner into a short conversation with one of the app’s characters, such as ordering food at a café, and gives feedback afterwards.',
      'The features launched on iOS for English speakers learning Spanish or French. Making them work depended as much on careful prompt design as on the model: Duolingo’s own staff wrote the scenarios and the instructions that keep the model at the right difficulty level and on topic. The company later expanded the tier with features such as video calls with one of its animated characters.',
    ],
    concepts: ['large-language-model', 'prompt-engineering'],
    link: 'https://blog.duolingo.com/duolingo-max/',
    year: 2023,
  },
  {
    title: 'Morgan Stanley gives financial advisors a GPT-4 research assistant',
    slug: 'morgan-stanley-ai-assistant',
    organization: 'Morgan Stanley',
    summary:
      'Morgan Stanley Wealth Management rolled out an internal GPT-4 assistant in 2023 that answers advisors’ questions by retrieving from the firm’s large library of research and procedures.',
    body: [
      'Morgan Stanley’s wealth management division maintains a vast internal library of research reports, market commentary and procedural guidance, and advisors had long struggled to find the right document quickly. The firm worked with OpenAI, appearing among the early GPT-4 partners announced in March 2023, and in September 2023 rolled out the AI @ Morgan Stanley Assistant to its financial advisors and their support staff.',
      'Rather than relying on what GPT-4 had absorbed in training, the assistant searches the firm’s own content, on the order of 100,000 documents, and answers from what it retrieves. This is the retrieval-augmented pattern: the bank controls and updates the knowledge base, and the model turns relevant passages into a direct answer. The firm has emphasized that it ran extensive evaluations with advisors and subject-matter experts to check answer quality before and after launch.',
      'Morgan Stanley followed up in 2024 with a separate tool that summarizes client meetings and drafts follow-up notes, extending the same approach to advisors’ everyday paperwork.',
    ],
    concepts: ['retrieval-augmented-generation', 'model-evaluation'],
    link: 'https://www.morganstanley.com/',
    year: 2023,
  },
  {
    title: 'Klarna’s AI assistant takes on customer service chats',
    slug: 'klarna-ai-assistant',
    organization: 'Klarna',
    summary:
      'In February 2024 Klarna reported that its OpenAI-powered assistant handled 2.3 million conversations in its first month, about two-thirds of the company’s customer service chats.',
    body: [
      'Klarna, the Swedish payments company, launched an AI assistant built with OpenAI and published first-month results in February 2024. It said the assistant had held 2.3 million conversations, roughly two-thirds of its customer service chats, doing work the company equated to about 700 full-time agents. Klarna also reported that issues were resolved in under two minutes on average, compared with eleven minutes before, and that repeat inquiries fell by about a quarter.',
      'What makes this more than a chatbot is that the assistant can act on customer accounts, handling refunds, returns, payment questions and cancellations across dozens of markets and languages. That requires the model to call internal systems rather than just produce text, which is the step that turns an assistant into an agent.',
      'The figures come from Klarna itself and drew both admiration and skepticism. In 2025 the company’s chief executive said Klarna would make sure customers could always reach a human, a reminder that automation rates are only one measure of good service.',
    ],
    concepts: ['ai-agent', 'large-language-model'],
    link: 'https://www.klarna.com/',
    year: 2024,
  },
  {
    title: 'Khan Academy’s Khanmigo tutors without giving away answers',
    slug: 'khan-academy-khanmigo',
    organization: 'Khan Academy',
    summary:
      'Khanmigo, launched by Khan Academy in 2023 on GPT-4, is a tutor designed to guide students with questions instead of handing over answers, plus a set of planning tools for teachers.',
    body: [
      'Khan Academy, the nonprofit education platform, was another early GPT-4 partner. In March 2023 it began piloting Khanmigo, an AI tutor and teaching assistant. The central design challenge was pedagogical: a general-purpose chatbot will happily solve a student’s homework, which is the opposite of what a good tutor does.',
      'Khan Academy tackled this largely through instructions and product design. Khanmigo is directed to work in a Socratic style, asking guiding questions, prompting students to explain their thinking and offering hints rather than final answers. The organization has also cautioned users that the AI can make mistakes, including in math, a sensitive weakness for a tutoring product that it has worked to reduce.',
      'In 2024 Khan Academy and Microsoft announced that Khanmigo’s teacher tools, which help with lesson planning and preparing classroom materials, would be free for teachers in the United States.',
    ],
    concepts: ['prompt-engineering', 'large-language-model'],
    link: 'https://www.khanmigo.ai/',
    year: 2023,
  },
  {
    title: 'Meta releases Llama as an open-weight foundation model',
    slug: 'meta-llama-open-weights',
    organization: 'Meta',
    summary:
      'Meta’s Llama models, first released in February 2023, made the weights of a capable foundation model downloadable and spawned a large ecosystem of fine-tuned variants built by others.',
    body: [
      'In February 2023 Meta’s AI research group released LLaMA, a family of language models ranging from 7 to 65 billion parameters, to researchers under a noncommercial license. The weights were circulating publicly within about a week. In July 2023 Meta followed with Llama 2 under a license permitting most commercial use, and in 2024 came Llama 3 and the 405-billion-parameter Llama 3.1.',
      'Because the weights can be downloaded, anyone with suitable hardware can run and adapt the models. Within weeks of the first release, Stanford researchers had built Alpaca by fine-tuning the 7B model on about 52,000 instruction-following examples, and thousands of derived models followed for coding, medicine, other languages and chat. Llama became a default starting point for open research and for companies that want to host models themselves.',
      'The release shows both sides of the foundation model pattern. One expensive pretraining run supports an enormous range of downstream projects, and the license terms set by a single company shape what all of them are allowed to do.',
    ],
    concepts: ['foundation-model', 'fine-tuning'],
    link: 'https://www.llama.com/',
    year: 2023,
  },
  {
    title: 'AlphaFold predicts protein structures with attention',
    slug: 'deepmind-alphafold',
    organization: 'Google DeepMind',
    summary:
      'DeepMind’s AlphaFold 2 cracked a decades-old biology problem in 2020, using attention-based networks to predict 3D protein structures from amino acid sequences with near-experimental accuracy.',
    body: [
      'Proteins fold into intricate three-dimensional shapes that determine what they do, and working out a structure experimentally can take months or years. At the CASP14 assessment in late 2020, DeepMind’s AlphaFold 2 predicted structures with accuracy competitive with experimental methods for most targets, a result the organizers hailed as a breakthrough on a problem that had been open for about 50 years.',
      'At the heart of AlphaFold 2 is the Evoformer, a stack of attention-based blocks that reason jointly over an alignment of related protein sequences and a map of relationships between pairs of amino acids. Attention lets distant parts of the chain inform each other directly, which matters because residues far apart in the sequence often end up touching in the folded protein. A structure module then turns these representations into the positions of individual atoms.',
      'Together with EMBL’s European Bioinformatics Institute, DeepMind released a public database of predictions that grew to more than 200 million structures in 2022, covering nearly every catalogued protein. Demis Hassabis and John Jumper shared the 2024 Nobel Prize in Chemistry for the work, alongside David Baker, who was honored for computational protein design.',
    ],
    concepts: ['attention-mechanism', 'transformer'],
    link: 'https://deepmind.google/technologies/alphafold/',
    year: 2020,
  },
  {
    title: 'Google uses BERT to understand search queries',
    slug: 'google-bert-search',
    organization: 'Google',
    summary:
      'In October 2019 Google began using BERT, its transformer-based language model, to interpret search queries, initially affecting about one in ten searches in U.S. English.',
    body: [
      'Google open-sourced BERT in late 2018. Unlike earlier models that read text in one direction, BERT is a transformer encoder that considers the words on both sides of every position, producing contextual embeddings in which the same word is represented differently in different sentences.',
      'In October 2019 Google announced it was applying BERT to Search ranking and featured snippets, describing it as one of the biggest steps forward in the product’s history. Its example was the query “2019 brazil traveler to usa need a visa.” Older systems tended to ignore the small word “to,” while BERT recognized that the query was about a Brazilian traveling to the United States and not the reverse. Google said the change touched about one in ten searches in U.S. English, and it extended BERT to more than 70 languages before the end of the year.',
      'Running a model of this size on search traffic also required new infrastructure: Google said it was using Cloud TPUs to serve search results for the first time.',
    ],
    concepts: ['transformer', 'embeddings'],
    link: 'https://blog.google/products/search/search-language-understanding-bert/',
    year: 2019,
  },
  {
    title: 'Mistral’s Mixtral 8x7B puts mixture of experts in the open',
    slug: 'mistral-mixtral-8x7b',
    organization: 'Mistral AI',
    summary:
      'Mistral AI released Mixtral 8x7B in December 2023, an open-weight sparse mixture-of-experts model that uses about 13 billion of its 47 billion parameters for each token.',
    body: [
      'Paris-based Mistral AI released Mixtral 8x7B in December 2023 under the permissive Apache 2.0 license. Each of its layers contains eight expert feed-forward networks, and a router picks two of them for every token. The model has about 46.7 billion parameters in total but uses roughly 12.9 billion per token, so it runs at about the speed and cost of a much smaller dense model.',
      'Mistral reported that Mixtral outperformed Llama 2 70B on most benchmarks it tested and matched or beat GPT-3.5 on most standard ones, with a 32,000-token context window and strong multilingual and coding ability. Because the weights were open, researchers could study a high-quality MoE model directly, and the accompanying paper found that expert selection followed syntax more than subject matter.',
      'Mixtral made sparse architectures mainstream among open models and served as the base for many fine-tuned variants. It also illustrated the central MoE trade-off: fast per token, yet all 47 billion parameters still have to fit in memory.',
    ],
    concepts: ['mixture-of-experts', 'foundation-model'],
    link: 'https://mistral.ai/news/mixtral-of-experts',
    year: 2023,
  },
  {
    title: 'llama.cpp runs quantized language models on laptops',
    slug: 'llama-cpp-local-inference',
    organization: 'llama.cpp open-source project',
    summary:
      'Started by Georgi Gerganov in March 2023, llama.cpp showed that 4-bit quantized language models could run at usable speeds on ordinary laptops, with no data-center GPU required.',
    body: [
      'Shortly after Meta’s first LLaMA weights appeared in early 2023, developer Georgi Gerganov published llama.cpp, a plain C and C++ implementation of the model with no heavy dependencies. Its key trick was aggressive quantization: weights stored at 16 bits were compressed to about 4 bits, cutting memory needs roughly fourfold, so the 7-billion-parameter model fit comfortably in a laptop’s memory and ran on a CPU or an Apple Silicon Mac.',
      'The project grew into one of the most active open-source AI codebases. It introduced the GGUF file format in 2023 for distributing quantized models, supports quantization levels from 8 bits down to 2, and runs on processors and GPUs from many vendors. Popular desktop tools such as Ollama and LM Studio have built on it.',
      'llama.cpp made local AI practical for hobbyists, privacy-conscious companies and researchers, and it showed how much of a model’s practical value depends on how efficiently it can be stored and served.',
    ],
    concepts: ['quantization', 'large-language-model'],
    link: 'https://github.com/ggml-org/llama.cpp',
    year: 2023,
  },
  {
    title: 'Anthropic trains Claude with a written constitution',
    slug: 'anthropic-constitutional-ai',
    organization: 'Anthropic',
    summary:
      'Anthropic’s 2022 Constitutional AI method replaced many human harm labels with feedback from a model guided by a list of written principles, and became part of how Claude is trained.',
    body: [
      'Standard RLHF depends on large numbers of human ratings, including ratings of harmful content that are unpleasant to produce and hard to keep consistent. In December 2022 Anthropic published Constitutional AI, a method that steers a model with a written set of principles, which it calls a constitution, instead of relying only on human judgments of individual responses.',
      'Training runs in two phases. In the supervised phase, the model drafts answers to difficult prompts, critiques its drafts against the principles and rewrites them, and is then fine-tuned on the revised versions. In the reinforcement learning phase, a model compares pairs of responses according to the constitution, and those AI-generated preferences train the reward model, an approach known as reinforcement learning from AI feedback. Anthropic reported assistants that were less harmful while also being less evasive than comparable models trained on human feedback alone.',
      'Anthropic later published the principles it used for Claude, drawn from sources including the Universal Declaration of Human Rights. Writing the values down makes them easier to inspect and debate than the implicit preferences of a pool of labelers.',
    ],
    concepts: ['reinforcement-learning-from-human-feedback', 'fine-tuning'],
    link: 'https://www.anthropic.com/research/constitutional-ai-harmlessness-from-ai-feedback',
    year: 2022,
  },
  {
    title: 'InstructGPT shows the power of human feedback',
    slug: 'openai-instructgpt',
    organization: 'OpenAI',
    summary:
      'OpenAI’s InstructGPT, published in January 2022, used RLHF to make GPT-3 follow instructions; people preferred a 1.3-billion-parameter version over the original 175-billion-parameter GPT-3.',
    body: [
      'GPT-3 was capable but awkward to use. It tended to continue text rather than carry out requests, and it often produced untruthful or toxic output. In January 2022 OpenAI described InstructGPT, a set of models trained to follow instructions using reinforcement learning from human feedback, and made them the default models in its API.',
      'The team hired labelers to write example responses to prompts that customers had submitted to the API and used them for supervised fine-tuning. Labelers then ranked several model outputs per prompt to train a reward model, and the language model was optimized against that reward with reinforcement learning. The headline result: labelers preferred answers from a 1.3-billion-parameter InstructGPT model to those of the 175-billion-parameter GPT-3, a model more than 100 times its size.',
      'The paper was frank about limitations, noting that the models still made simple mistakes and reflected the preferences of a particular group of labelers and researchers. The same recipe, applied to dialogue, produced ChatGPT later that year.',
    ],
    concepts: ['reinforcement-learning-from-human-feedback', 'fine-tuning'],
    link: 'https://openai.com/index/instruction-following/',
    year: 2022,
  },
  {
    title: 'Stanford’s HELM evaluates language models holistically',
    slug: 'stanford-helm',
    organization: 'Stanford Center for Research on Foundation Models',
    summary:
      'Launched in November 2022 by Stanford’s Center for Research on Foundation Models, HELM evaluates many language models across many scenarios and metrics, not just accuracy.',
    body: [
      'By 2022 language models were being compared on a scattered collection of benchmarks, with each lab choosing its own, which made fair comparison difficult. Researchers at Stanford’s Center for Research on Foundation Models responded with HELM, the Holistic Evaluation of Language Models, released in November 2022.',
      'The first version evaluated 30 prominent models under standardized conditions across dozens of scenarios, such as question answering, summarization and information retrieval, and measured seven kinds of metrics: accuracy, calibration, robustness, fairness, bias, toxicity and efficiency. The authors found that, before HELM, models had on average been evaluated on only a small fraction of these core scenarios. The raw prompts and model outputs were published too, so anyone could inspect the results.',
      'HELM has since become a living project, with leaderboards for newer models and specialized versions for areas such as safety and medicine. Its lasting contribution is the insistence that a single accuracy number is not enough to judge a model.',
    ],
    concepts: ['model-evaluation'],
    link: 'https://crfm.stanford.edu/helm/',
    year: 2022,
  },
  {
    title: 'Air Canada is held liable for its chatbot’s wrong answer',
    slug: 'air-canada-chatbot-ruling',
    organization: 'Air Canada',
    summary:
      'In February 2024 a Canadian tribunal ordered Air Canada to compensate a customer misled by its website chatbot about bereavement fares, rejecting the idea that the bot was responsible for itself.',
    body: [
      'After his grandmother died in November 2022, Jake Moffatt asked the chatbot on Air Canada’s website about bereavement fares. It told him he could book at the regular price and apply for the reduced fare within 90 days. The airline’s actual policy did not allow retroactive bereavement claims, and when he applied, Air Canada refused, pointing out that the correct policy was available elsewhere on its website.',
      'In Moffatt v. Air Canada, decided in February 2024, British Columbia’s Civil Resolution Tribunal found the airline liable for negligent misrepresentation. It rejected Air Canada’s argument that the chatbot was responsible for its own actions, holding that a company is accountable for all the information on its website, whether it comes from a static page or a chatbot. Air Canada was ordered to pay about 650 Canadian dollars in damages, plus interest and fees.',
      'The decision did not describe the technology behind the chatbot, but it became a widely cited lesson for anyone deploying AI assistants: when an automated system confidently states a policy that does not exist, the business that deployed it owns the consequences.',
    ],
    concepts: ['hallucination'],
    link: 'https://civilresolutionbc.ca/',
    year: 2024,
  },
  {
    title: 'Lawyers sanctioned for citing cases invented by ChatGPT',
    slug: 'mata-v-avianca-fake-citations',
    organization: 'U.S. District Court for the Southern District of New York',
    summary:
      'In Mata v. Avianca, a federal judge fined two New York lawyers and their firm $5,000 in June 2023 after they filed a brief citing nonexistent court decisions that ChatGPT had generated.',
    body: [
      'Roberto Mata sued the airline Avianca over an injury he said he suffered when a metal serving cart struck his knee on a flight. When Avianca moved to dismiss the case, his lawyers filed a brief citing decisions such as Varghese v. China Southern Airlines. Neither Avianca’s lawyers nor the judge could find them, because they did not exist. One of the attorneys had used ChatGPT for research, and when he asked it whether the cases were real, it assured him they were.',
      'In June 2023 Judge P. Kevin Castel sanctioned the two lawyers and their firm, fining them $5,000 and requiring them to write to the judges who had been falsely named as authors of the fake opinions. The judge noted that using an AI tool was not improper in itself; the failure lay in not checking its output and in continuing to stand by the citations after they were questioned.',
      'The case became a worldwide reference point for hallucination. The invented opinions had plausible names, docket numbers and quotations, exactly the kind of specific, confident detail language models produce when they lack real knowledge. Courts in many countries have since issued guidance on using generative AI in legal filings.',
    ],
    concepts: ['hallucination', 'large-language-model'],
    link: 'https://www.nysd.uscourts.gov/',
    year: 2023,
  },
  {
    title: 'Notion AI answers questions from a team’s own workspace',
    slug: 'notion-ai-q-and-a',
    organization: 'Notion',
    summary:
      'Notion made its AI writing tools widely available in 2023 and later that year launched Q&A, which answers questions by searching a team’s pages and pointing to the sources it used.',
    body: [
      'Notion, the workspace and note-taking app, released Notion AI to all users in February 2023, initially focused on writing tasks such as drafting, summarizing and rewriting text inside documents. In November 2023 it added Q&A, which lets people ask questions in plain language and get answers drawn from the content of their own workspace.',
      'Q&A is a retrieval-augmented system. When someone asks, for example, what the current travel policy is, it searches the pages that person has permission to see, passes the relevant content to a language model and returns an answer with links back to the source pages. Knowledge scattered across a company’s documents becomes reachable without anyone needing to know where it was filed, and existing access controls still apply.',
      'The feature also shows a basic limitation of RAG in practice: an answer can only be as good as the workspace behind it, so outdated or contradictory pages lead to outdated or contradictory answers.',
    ],
    concepts: ['retrieval-augmented-generation'],
    link: 'https://www.notion.com/product/ai',
    year: 2023,
  },
  {
    title: 'Spotify uses embeddings for natural-language podcast search',
    slug: 'spotify-podcast-semantic-search',
    organization: 'Spotify',
    summary:
      'In 2022 Spotify’s engineers described a podcast search system that embeds queries and episodes in a shared vector space, so listeners can find episodes by meaning, not only by matching words.',
    body: [
      'Keyword search works when listeners know an episode’s title or a distinctive word in it, but it struggles with descriptive queries whose words never appear in the episode’s metadata. In 2022 Spotify’s engineering team described how it had added semantic search for podcast episodes to close that gap.',
      'The system uses a transformer-based sentence encoder, fine-tuned on Spotify’s own search data, to turn both queries and episode information such as titles and descriptions into embeddings in the same vector space. Episode vectors are computed ahead of time and indexed for approximate nearest-neighbor search, so at query time Spotify only needs to embed the query and look up the closest episodes. These results are offered alongside those of the existing keyword system rather than replacing it.',
      'It is a textbook production use of embeddings: a dense retriever that finds relevant items even when they share no words with the query, paired with traditional search for precision on exact names.',
    ],
    concepts: ['embeddings'],
    link: 'https://engineering.atspotify.com/',
    year: 2022,
  },
  {
    title: 'Chatbot Arena ranks models by head-to-head human votes',
    slug: 'lmsys-chatbot-arena',
    organization: 'LMSYS (now LMArena)',
    summary:
      'Launched in 2023 by LMSYS researchers, Chatbot Arena asks users to compare answers from two anonymous models and turns the votes into a public leaderboard.',
    body: [
      'Static benchmarks struggle to capture what people actually want from a chatbot. In May 2023 researchers from LMSYS, a group centered at UC Berkeley, launched Chatbot Arena, a website where anyone can type a prompt, receive answers from two anonymous models side by side and vote for the better one. The model names are revealed only after the vote.',
      'The votes are combined into ratings using methods borrowed from competitive games, first an Elo system and later a closely related statistical model. Because prompts come from real users, the leaderboard reflects a broad and constantly shifting mix of tasks, and labs began citing their Arena rank when announcing new models. The project later spun out as a company under the name LMArena.',
      'Arena also shows the limits of any single evaluation. Votes can reward style, formatting and length as well as correctness, and outside researchers have raised concerns that private pre-release testing by large labs could skew the rankings. The leaderboard has responded with options such as style-controlled rankings.',
    ],
    concepts: ['model-evaluation'],
    link: 'https://lmarena.ai/',
    year: 2023,
  },
  {
    title: 'DeepSeek-V3 trains a frontier-scale mixture-of-experts model',
    slug: 'deepseek-v3-mixture-of-experts',
    organization: 'DeepSeek',
    summary:
      'DeepSeek-V3, released in December 2024, is an open-weight mixture-of-experts model with 671 billion total parameters, of which about 37 billion are activated for each token.',
    body: [
      'Chinese AI lab DeepSeek released DeepSeek-V3 in December 2024 with open weights and a detailed technical report. The model uses a fine-grained mixture-of-experts design: each MoE layer has many small routed experts plus a shared expert that every token passes through. Of its 671 billion parameters, about 37 billion are active for any given token.',
      'The report drew attention for its efficiency. DeepSeek said the final training run took about 2.8 million GPU hours on Nvidia H800 chips, far less than many assumed a model of this quality required, although the figure excludes earlier research and experiments. Contributing techniques included a load-balancing strategy that avoids the usual auxiliary loss term, training largely in 8-bit floating point, and engineering that overlaps communication between GPUs with computation.',
      'DeepSeek-V3 became the base for DeepSeek-R1, the reasoning model whose release in January 2025 briefly rattled technology stocks, and it demonstrated that sparse architectures can reach the top tier of open models.',
    ],
    concepts: ['mixture-of-experts', 'foundation-model'],
    link: 'https://www.deepseek.com/',
    year: 2024,
  },
  {
    title: 'QLoRA fine-tunes a 65-billion-parameter model on one GPU',
    slug: 'qlora-4-bit-fine-tuning',
    organization: 'University of Washington',
    summary:
      'The 2023 QLoRA method from University of Washington researchers combined 4-bit quantization with LoRA adapters, making it possible to fine-tune a 65-billion-parameter model on a single 48 GB GPU.',
    body: [
      'Fine-tuning a large language model normally needs far more memory than the model itself, because training keeps gradients and optimizer state for every parameter. For a 65-billion-parameter model, standard 16-bit fine-tuning required more than 780 GB of GPU memory, out of reach for most academic labs. In May 2023 Tim Dettmers and colleagues at the University of Washington published QLoRA to change that.',
      'QLoRA freezes the base model in 4-bit form, using a new data type called 4-bit NormalFloat designed around the typical distribution of neural network weights. Small LoRA adapters are trained in higher precision on top, with gradients flowing through the quantized weights into the adapters. Two further tricks, quantizing the quantization constants themselves and paging optimizer state to CPU memory during spikes, squeeze memory use further.',
      'The team used the method to train Guanaco, a family of chatbots fine-tuned from LLaMA, and reported results close to ChatGPT on their chosen evaluation after about a day of training on one GPU. QLoRA quickly became a standard tool in the open-source community for adapting large models on modest hardware.',
    ],
    concepts: ['quantization', 'fine-tuning'],
    link: 'https://github.com/artidoro/qlora',
    year: 2023,
  },
  {
    title: 'Claude learns to operate a computer',
    slug: 'anthropic-computer-use',
    organization: 'Anthropic',
    summary:
      'In October 2024 Anthropic released computer use in public beta, letting Claude read screenshots and control a mouse and keyboard to carry out multi-step tasks in ordinary software.',
    body: [
      'Most agents act through purpose-built APIs. In October 2024 Anthropic took a more general route. Alongside an upgraded Claude 3.5 Sonnet, it released a public beta of computer use, in which the model looks at screenshots of a desktop, decides where to move the cursor, clicks and types, and repeats the cycle until the task is done. Developers supply a virtual machine or other sandbox for it to control.',
      'This lets an agent work with any software a person could use, including older applications that have no API. Early adopters explored it for tasks such as filling in forms from several data sources, testing software and automating repetitive workflows.',
      'Anthropic was explicit that the capability was experimental, often slow and prone to errors, and it highlighted risks such as prompt injection from content shown on screen. It recommended running the agent in isolated environments, limiting its access to sensitive data and keeping people involved in consequential actions, advice that applies to agents in general.',
    ],
    concepts: ['ai-agent'],
    link: 'https://www.anthropic.com/news/3-5-models-and-computer-use',
    year: 2024,
  },
  {
    title: 'SWE-bench tests whether AI can fix real software bugs',
    slug: 'swe-bench',
    organization: 'Princeton University',
    summary:
      'SWE-bench, introduced by Princeton researchers in 2023, measures whether AI systems can resolve real GitHub issues from popular Python projects, and it became a key yardstick for coding agents.',
    body: [
      'Early coding benchmarks asked models to write short, self-contained functions. Real software work is different: understanding a large codebase, locating the cause of a bug and making a change that passes the project’s tests. SWE-bench, released in October 2023 by researchers at Princeton University, captured this by collecting 2,294 problems from real GitHub issues and the pull requests that fixed them, drawn from 12 popular Python repositories.',
      'A system receives the repository and the issue text and must produce a patch. It succeeds if tests tied to the original fix now pass without breaking others. The original paper found that the best model of the time resolved fewer than 2 percent of the issues. That gap helped spur a wave of agent designs that browse files, run code and iterate, and scores climbed rapidly as coding agents improved.',
      'In 2024 OpenAI worked with the authors to release SWE-bench Verified, a subset of 500 problems screened by human engineers to remove tasks that were ambiguous or impossible to grade fairly. It is a reminder of a recurring lesson in evaluation: the quality of the test items matters as much as their number.',
    ],
    concepts: ['model-evaluation', 'ai-agent'],
    link: 'https://www.swebench.com/',
    year: 2023,
  },
  {
    title: 'Google Translate switches to neural translation with attention',
    slug: 'google-neural-machine-translation',
    organization: 'Google',
    summary:
      'In 2016 Google moved Google Translate to GNMT, a neural system whose attention mechanism let the decoder focus on the relevant source words, starting with Chinese to English.',
    body: [
      'For about a decade, Google Translate relied on phrase-based statistical translation, which stitched together translations of short fragments and often produced choppy sentences. In September 2016 Google announced Google Neural Machine Translation, or GNMT, and began using it in production for Chinese to English.',
      'GNMT paired a deep recurrent encoder, which read the source sentence, with a decoder that generated the translation. Connecting the two was an attention mechanism: at every output step, the decoder worked out which source words were most relevant and drew on their representations, instead of relying on a single fixed summary of the whole sentence. In side-by-side human evaluations, Google reported large reductions in translation errors compared with its phrase-based system.',
      'Within months, neural translation had been rolled out to many more language pairs. The success of attention in GNMT and similar systems set the stage for the transformer, also developed at Google, which in 2017 kept attention and dropped recurrence altogether.',
    ],
    concepts: ['attention-mechanism'],
    link: 'https://research.google/',
    year: 2016,
  },
  {
    title: 'Bing Chat grounds a GPT-4 chatbot in web search',
    slug: 'microsoft-bing-chat',
    organization: 'Microsoft',
    summary:
      'Microsoft’s new Bing, unveiled in February 2023, paired an OpenAI model with live web search so answers could cite current sources, and its launch showed what grounding can and cannot fix.',
    body: [
      'In February 2023 Microsoft announced a new version of Bing with a chat interface built with OpenAI. It described a system called Prometheus that combines the language model with Bing’s search index: the system runs web searches based on the user’s question and feeds the results to the model, which writes an answer with footnoted links to its sources. In March, Microsoft confirmed that the model underneath was GPT-4.',
      'This was retrieval-augmented generation at web scale, and it addressed a major weakness of stand-alone chatbots at the time, which could not discuss anything after their training cutoff. Answers became more current and easier to check.',
      'The launch also exposed the limits of grounding. Observers found factual errors in Microsoft’s own demonstrations, including wrong figures in a summary of a retailer’s earnings report, and very long conversations sometimes went badly off track, which led Microsoft to cap the number of turns per session. The product was later folded into Microsoft Copilot.',
    ],
    concepts: ['retrieval-augmented-generation', 'hallucination'],
    link: 'https://blogs.microsoft.com/',
    year: 2023,
  },
  {
    title: 'ChatGPT brings RLHF-trained chat to the public',
    slug: 'openai-chatgpt-launch',
    organization: 'OpenAI',
    summary:
      'OpenAI released ChatGPT in November 2022 as a research preview, a GPT-3.5 model tuned for dialogue with RLHF, and it reached an estimated 100 million users within about two months.',
    body: [
      'On November 30, 2022, OpenAI released ChatGPT as a free research preview. Its underlying model came from the GPT-3.5 series and was trained for conversation with the same human-feedback approach as InstructGPT. Human trainers wrote sample dialogues playing both the user and the assistant, then ranked alternative model replies to train a reward model, which in turn guided reinforcement learning.',
      'The result could hold a back-and-forth conversation, push back on false premises in a question and turn down many harmful requests. Public interest was extraordinary: analysts estimated it had reached 100 million monthly users by January 2023, which would have made it the fastest-growing consumer app on record at that point.',
      'ChatGPT turned large language models from a research topic into an everyday tool and set off a wave of investment and competition. OpenAI’s launch notes also listed weaknesses that remain relevant, including answers that sound convincing but are wrong, and results that change with small rewordings of a question.',
    ],
    concepts: ['reinforcement-learning-from-human-feedback', 'large-language-model'],
    link: 'https://openai.com/index/chatgpt/',
    year: 2022,
  },
]
